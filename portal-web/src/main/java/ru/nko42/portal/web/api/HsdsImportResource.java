package ru.nko42.portal.web.api;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.nko42.portal.common.boundary.BusinessException;
import ru.nko42.portal.opendata.boundary.ApiImport;
import ru.nko42.portal.opendata.boundary.ImportOptions;
import ru.nko42.portal.opendata.boundary.ImportRefusal;
import ru.nko42.portal.opendata.boundary.ImportReport;
import ru.nko42.portal.opendata.boundary.InvalidApiTokenException;
import ru.nko42.portal.opendata.boundary.InvalidImportFileException;

/**
 * {@code POST /api/hsds/import}: machine clients import HSDS 3.0 open data with an ADMIN's API token
 * ({@code Authorization: Bearer <token>}). The body is JSON (one document, a list, or newline-delimited documents:
 * {@code application/json}, {@code application/x-ndjson}) or an HSDS CSV data package ({@code application/zip}),
 * at most 20 MB; {@code publish=true} publishes the records directly (else they wait for moderation),
 * {@code municipality=<code>} is the municipality of records that name none of Kuzbass. The import runs at once and
 * answers its report as JSON, its messages in the language of {@code Accept-Language} (Russian by default). Without
 * a valid token: 401, and nothing is read.
 */
@Path("import")
@Tag(name = "HSDS")
public class HsdsImportResource {

    private static final String BUNDLE = "ru.nko42.portal.web.i18n.messages";
    private static final int MOST_BYTES = 20 * 1024 * 1024;
    private static final String BEARER = "Bearer ";

    @Inject
    ApiImport imports;

    @POST
    @Consumes({
        MediaType.APPLICATION_JSON,
        "application/x-ndjson",
        "application/jsonl",
        "application/zip",
        "application/x-zip-compressed",
        MediaType.APPLICATION_OCTET_STREAM
    })
    @Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
    @Operation(
            summary = "Import HSDS 3.0 open data (an ADMIN's API token)",
            description = "Authorization: Bearer <token> (created and revoked at /admin/api-tokens). The body: JSON (a"
                    + " document, a list, or newline-delimited documents) or an HSDS CSV data package (zip), at most"
                    + " 20 MB. publish=true publishes the records at once, else they wait for moderation;"
                    + " municipality=<code> is the municipality of records naming none of Kuzbass. Answers the"
                    + " report: created, updated, unchanged, refused (each with its reason).")
    @APIResponse(responseCode = "200", description = "The import's report")
    @APIResponse(responseCode = "400", description = "The body is no HSDS open data")
    @APIResponse(responseCode = "401", description = "No valid, unrevoked API token")
    @APIResponse(responseCode = "413", description = "The body is larger than 20 MB")
    public Response importFile(
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage,
            @QueryParam("publish") boolean publish,
            @QueryParam("municipality") String municipality,
            InputStream body) {
        ResourceBundle messages = bundle(acceptLanguage);
        String token = authorization != null && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())
                ? authorization.substring(BEARER.length()).strip()
                : null;
        if (token == null || token.isEmpty()) {
            return unauthorized(messages); // before reading a body no one may send
        }
        try {
            byte[] content = readAtMost(body);
            if (content == null) {
                return error(Response.Status.REQUEST_ENTITY_TOO_LARGE, "import.error.tooLarge", messages);
            }
            boolean declaredZip =
                    contentType != null && contentType.toLowerCase(Locale.ROOT).contains("zip");
            ImportReport report =
                    imports.importFile(token, content, declaredZip, new ImportOptions(publish, municipality));
            return Response.ok(json(report, messages)).build();
        } catch (InvalidApiTokenException e) {
            return unauthorized(messages);
        } catch (InvalidImportFileException e) {
            return Response.status(Response.Status.BAD_REQUEST)
                    .entity(problem(e, messages))
                    .build();
        } catch (IOException e) {
            return error(Response.Status.BAD_REQUEST, "import.error.format", messages);
        }
    }

    private static Response error(Response.Status status, String key, ResourceBundle messages) {
        return Response.status(status)
                .entity(Json.createObjectBuilder()
                        .add("error", key)
                        .add("message", text(messages, key))
                        .build())
                .build();
    }

    private static Response unauthorized(ResourceBundle messages) {
        return Response.status(Response.Status.UNAUTHORIZED)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"portal\"")
                .entity(Json.createObjectBuilder()
                        .add("error", "api.error.token")
                        .add("message", text(messages, "api.error.token"))
                        .build())
                .build();
    }

    private static JsonObject problem(BusinessException e, ResourceBundle messages) {
        return Json.createObjectBuilder()
                .add("error", e.messageKey())
                .add("message", text(messages, e.messageKey()))
                .build();
    }

    /** The body, or null if it is larger than the import takes. */
    private static byte[] readAtMost(InputStream body) throws IOException {
        if (body == null) {
            return new byte[0];
        }
        byte[] content = body.readNBytes(MOST_BYTES + 1);
        return content.length > MOST_BYTES ? null : content;
    }

    static JsonObject json(ImportReport report, ResourceBundle messages) {
        JsonArrayBuilder refusals = Json.createArrayBuilder();
        for (ImportRefusal refusal : report.refusals()) {
            JsonObjectBuilder item =
                    Json.createObjectBuilder().add("kind", refusal.kind()).add("position", refusal.position());
            addText(item, "id", refusal.id());
            addText(item, "name", refusal.name());
            addText(item, "field", refusal.field());
            addText(item, "reason", refusal.reasonKey());
            item.add("message", refusal.reasonKey() != null ? text(messages, refusal.reasonKey()) : refusal.text());
            refusals.add(item);
        }
        return Json.createObjectBuilder()
                .add("created", report.created())
                .add("updated", report.updated())
                .add("unchanged", report.unchanged())
                .add("refused", report.refused())
                .add("total", report.total())
                .add("refusals", refusals)
                .build();
    }

    private static void addText(JsonObjectBuilder item, String field, String value) {
        if (value == null) {
            item.addNull(field);
        } else {
            item.add(field, value);
        }
    }

    private static String text(ResourceBundle messages, String key) {
        try {
            return messages.getString(key);
        } catch (MissingResourceException unknown) {
            return key;
        }
    }

    private static ResourceBundle bundle(String acceptLanguage) {
        Locale locale = Locale.forLanguageTag("ru");
        if (acceptLanguage != null
                && acceptLanguage.toLowerCase(Locale.ROOT).strip().startsWith("en")) {
            locale = Locale.ENGLISH;
        }
        return ResourceBundle.getBundle(BUNDLE, locale);
    }
}
