package ru.nko42.portal.web.api;

import jakarta.ejb.EJB;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.nko42.portal.opendata.boundary.OpenDataDirectory;
import ru.nko42.portal.opendata.control.HsdsDataPackage;

/**
 * The whole published directory as one HSDS JSON download: an array of every published service as a full
 * {@code service.json} document, its organization nested. Organizations without a published service are not in it
 * (a service is HSDS's unit of exchange); {@code /api/hsds/organizations} and the CSV data package list them. Streamed
 * {@value OpenDataDirectory#EXPORT_BATCH} services at a time, each batch read in a transaction of its own.
 */
@Path("export")
@Tag(name = "HSDS")
public class HsdsExportResource {

    static final String FILE_NAME = "nko42-hsds-services.json";
    static final String PACKAGE_NAME = "nko42-hsds-datapackage.zip";

    @EJB
    OpenDataDirectory directory;

    @GET
    @Path("services.json")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Download: every published service",
            description = "A JSON array of full service.json documents (with their organizations), as an attachment.")
    @APIResponse(responseCode = "200", description = "An array of service.json documents")
    public Response services() {
        List<Long> ids = directory.publishedServiceIds();
        StreamingOutput body = output -> write(ids, output);
        return Response.ok(body, ApiErrors.JSON)
                .header("Content-Disposition", "attachment; filename=\"" + FILE_NAME + "\"")
                .header("Cache-Control", CachedJson.CACHE_CONTROL)
                .build();
    }

    @GET
    @Path("datapackage.zip")
    @Produces("application/zip")
    @Operation(
            summary = "Download: the published directory as an HSDS CSV data package",
            description = "A zip of datapackage.json and one CSV table of the HSDS 3.0 tabular form each, with every"
                    + " published organization and service.")
    @APIResponse(responseCode = "200", description = "A zip of the HSDS tables")
    public Response dataPackage() {
        HsdsDataPackage.Contents contents = directory.contents();
        StreamingOutput body = output -> HsdsDataPackage.write(contents, output);
        return Response.ok(body, "application/zip")
                .header("Content-Disposition", "attachment; filename=\"" + PACKAGE_NAME + "\"")
                .header("Cache-Control", CachedJson.CACHE_CONTROL)
                .build();
    }

    private void write(List<Long> ids, OutputStream output) throws java.io.IOException {
        Writer text = new OutputStreamWriter(output, StandardCharsets.UTF_8);
        text.write("[");
        boolean first = true;
        for (int from = 0; from < ids.size(); from += OpenDataDirectory.EXPORT_BATCH) {
            List<Long> batch = ids.subList(from, Math.min(ids.size(), from + OpenDataDirectory.EXPORT_BATCH));
            for (JsonObject service : directory.fullServices(batch)) {
                text.write(first ? "\n" : ",\n");
                first = false;
                text.write(service.toString());
            }
            text.flush();
        }
        text.write(first ? "]\n" : "\n]\n");
        text.flush();
    }
}
