package ru.nko42.portal.web.api;

import jakarta.ejb.EJB;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.nko42.portal.opendata.boundary.HsdsPage;
import ru.nko42.portal.opendata.boundary.OpenDataDirectory;
import ru.nko42.portal.opendata.boundary.Paging;
import ru.nko42.portal.opendata.boundary.ServiceDetail;
import ru.nko42.portal.opendata.boundary.ServiceFilter;

/**
 * The read-only Open Referral HSDS 3.0 API ({@code shared/hsds-3.0/schema/openapi.json}): the meta document, services,
 * organizations, service_at_locations, taxonomies and taxonomy terms, as lists (paged) and one by id. Every answer is
 * JSON in UTF-8 with a strong ETag and {@code Cache-Control: public, max-age=300}.
 */
@Path("")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "HSDS")
public class HsdsResource {

    static final String HSDS_VERSION = "3.0";
    static final String PROFILE = "https://docs.openreferral.org/en/latest/hsds/";
    private static final String SCHEMAS = "https://raw.githubusercontent.com/openreferral/specification/3.0/schema/";
    private static final String PAGE_OF =
            "A page: total_items, total_pages, page_number, size, first_page, last_page, empty, and contents: ";

    private static final String SEARCH = "Words to look for, found by the portal's Russian full-text search of services"
            + " (word forms and synonyms).";
    private static final String PAGE = "Page number, from 1 (default 1).";
    private static final String PER_PAGE =
            "Results a page, 1 to " + Paging.MAX_PER_PAGE + " (default " + Paging.DEFAULT_PER_PAGE + ").";
    private static final String FORMAT = "Only `json` (the default) is served.";
    private static final String TERM = "The id (UUID) of a taxonomy term: services filed under it (a 442-ФЗ type or"
            + " form of social service, a recipient category; see /taxonomy_terms).";
    private static final String TAXONOMY = "The id (UUID) of a taxonomy: services filed under any of its terms.";
    private static final String ORGANIZATION = "The id (UUID) of an organization: its services.";
    private static final String MODIFIED_AFTER = "Only what changed at or after this time: an RFC 3339 date-time"
            + " (2026-11-01T00:00:00Z) or a date (its start, UTC).";
    private static final String PROXIMITY = "Near a point: `LAT,LON` or `LAT,LON,KM` in decimal degrees (WGS 84) and"
            + " kilometres, e.g. `55.3547,86.0873,5`: services with a place within KM km (default 10) of the point."
            + " (The portal knows no postcode centroids: the point is given, not a postcode.)";

    @EJB
    OpenDataDirectory directory;

    @Context
    Request request;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "About this API", description = "The HSDS version, the profile and the OpenAPI document.")
    @APIResponse(responseCode = "200", description = "version, profile, openapi_url")
    public Response meta() {
        JsonObject meta = Json.createObjectBuilder()
                .add("version", HSDS_VERSION)
                .add("profile", PROFILE)
                .add(
                        "openapi_url",
                        uri.getBaseUriBuilder().replacePath("/openapi").build().toString())
                .build();
        return CachedJson.of(request, meta);
    }

    @GET
    @Path("services")
    @Operation(
            summary = "Published services",
            description = "Filters combine (all must hold). Ordered by the portal's id of the service.")
    @APIResponse(
            responseCode = "200",
            description = PAGE_OF + "service_list.json (full: service.json; minimal: id" + " and last_modified)",
            content = @Content(schema = @Schema(ref = SCHEMAS + "compiled/service_list.json")))
    @APIResponse(responseCode = "400", description = "A malformed parameter; the message says which")
    public Response services(
            @Parameter(description = SEARCH) @QueryParam("search") String search,
            @Parameter(description = PAGE) @QueryParam("page") String page,
            @Parameter(description = PER_PAGE) @QueryParam("per_page") String perPage,
            @Parameter(description = FORMAT) @QueryParam("format") String format,
            @Parameter(description = TERM) @QueryParam("taxonomy_term_id") String taxonomyTermId,
            @Parameter(description = TAXONOMY) @QueryParam("taxonomy_id") String taxonomyId,
            @Parameter(description = ORGANIZATION) @QueryParam("organization_id") String organizationId,
            @Parameter(description = MODIFIED_AFTER) @QueryParam("modified_after") String modifiedAfter,
            @Parameter(description = PROXIMITY) @QueryParam("proximity") String proximity,
            @Parameter(
                            description = "true: each service as its id and last_modified only",
                            schema = @Schema(type = SchemaType.BOOLEAN))
                    @QueryParam("minimal")
                    String minimal,
            @Parameter(
                            description = "true: each service fully nested (service.json)",
                            schema = @Schema(type = SchemaType.BOOLEAN))
                    @QueryParam("full")
                    String full) {
        ApiParameters.json(format);
        ServiceFilter filter = filter(search, taxonomyTermId, taxonomyId, organizationId, modifiedAfter, proximity);
        ServiceDetail detail = ApiParameters.flag("minimal", minimal)
                ? ServiceDetail.MINIMAL
                : ApiParameters.flag("full", full) ? ServiceDetail.FULL : ServiceDetail.LIST;
        return CachedJson.of(
                request,
                directory
                        .services(filter, ApiParameters.paging(page, perPage), detail)
                        .toJson());
    }

    @GET
    @Path("services/{id}")
    @Operation(summary = "One published service, fully nested")
    @APIResponse(
            responseCode = "200",
            description = "service.json",
            content = @Content(schema = @Schema(ref = SCHEMAS + "compiled/service.json")))
    @APIResponse(responseCode = "404", description = "No published service has this id")
    public Response service(@Parameter(description = "The service's id (UUID)") @PathParam("id") String id) {
        return found(directory.service(id), "service", id);
    }

    @GET
    @Path("organizations")
    @Operation(summary = "Published organizations", description = "Ordered by the portal's id of the organization.")
    @APIResponse(
            responseCode = "200",
            description = PAGE_OF + "organization_list.json (full: organization.json)",
            content = @Content(schema = @Schema(ref = SCHEMAS + "compiled/organization_list.json")))
    @APIResponse(responseCode = "400", description = "A malformed parameter; the message says which")
    public Response organizations(
            @Parameter(description = "Words the organization's full or short name contains") @QueryParam("search")
                    String search,
            @Parameter(
                            description = "With full=true: the services in full (service.json), not only their"
                                    + " one-to-one fields",
                            schema = @Schema(type = SchemaType.BOOLEAN))
                    @QueryParam("full_service")
                    String fullService,
            @Parameter(
                            description = "true: each organization fully nested (organization.json), with its"
                                    + " published services",
                            schema = @Schema(type = SchemaType.BOOLEAN))
                    @QueryParam("full")
                    String full,
            @Parameter(description = PAGE) @QueryParam("page") String page,
            @Parameter(description = PER_PAGE) @QueryParam("per_page") String perPage,
            @Parameter(description = FORMAT) @QueryParam("format") String format) {
        ApiParameters.json(format);
        return CachedJson.of(
                request,
                directory
                        .organizations(
                                search,
                                ApiParameters.paging(page, perPage),
                                ApiParameters.flag("full", full),
                                ApiParameters.flag("full_service", fullService))
                        .toJson());
    }

    @GET
    @Path("organizations/{id}")
    @Operation(summary = "One published organization, fully nested, with its published services")
    @APIResponse(
            responseCode = "200",
            description = "organization.json",
            content = @Content(schema = @Schema(ref = SCHEMAS + "compiled/organization.json")))
    @APIResponse(responseCode = "404", description = "No published organization has this id")
    public Response organization(
            @Parameter(description = "The organization's id (UUID)") @PathParam("id") String id,
            @Parameter(
                            description = "true: the services in full (service.json)",
                            schema = @Schema(type = SchemaType.BOOLEAN))
                    @QueryParam("full_service")
                    String fullService) {
        return found(directory.organization(id, ApiParameters.flag("full_service", fullService)), "organization", id);
    }

    @GET
    @Path("service_at_locations")
    @Operation(
            summary = "Published services at their places",
            description = "One entry for each place of each published service that passes the filters (with"
                    + " proximity: each place near the point). Ordered by service, then place.")
    @APIResponse(
            responseCode = "200",
            description = PAGE_OF + "service_at_location_list.json (full: service_at_location.json)",
            content = @Content(schema = @Schema(ref = SCHEMAS + "compiled/service_at_location_list.json")))
    @APIResponse(responseCode = "400", description = "A malformed parameter; the message says which")
    public Response serviceAtLocations(
            @Parameter(description = SEARCH) @QueryParam("search") String search,
            @Parameter(description = TERM) @QueryParam("taxonomy_term_id") String taxonomyTermId,
            @Parameter(description = TAXONOMY) @QueryParam("taxonomy_id") String taxonomyId,
            @Parameter(description = ORGANIZATION) @QueryParam("organization_id") String organizationId,
            @Parameter(description = MODIFIED_AFTER) @QueryParam("modified_after") String modifiedAfter,
            @Parameter(
                            description = "true: each fully nested (service_at_location.json)",
                            schema = @Schema(type = SchemaType.BOOLEAN))
                    @QueryParam("full")
                    String full,
            @Parameter(description = PAGE) @QueryParam("page") String page,
            @Parameter(description = PER_PAGE) @QueryParam("per_page") String perPage,
            @Parameter(description = FORMAT) @QueryParam("format") String format,
            @Parameter(description = "Not supported: the portal knows no postcodes' places; use proximity")
                    @QueryParam("postcode")
                    String postcode,
            @Parameter(description = PROXIMITY) @QueryParam("proximity") String proximity) {
        ApiParameters.json(format);
        if (postcode != null && !postcode.isBlank()) {
            throw new BadParameterException("postcode is not supported: give proximity=LAT,LON,KM");
        }
        return CachedJson.of(
                request,
                directory
                        .serviceAtLocations(
                                filter(search, taxonomyTermId, taxonomyId, organizationId, modifiedAfter, proximity),
                                ApiParameters.paging(page, perPage),
                                ApiParameters.flag("full", full))
                        .toJson());
    }

    @GET
    @Path("service_at_locations/{id}")
    @Operation(summary = "One published service at one of its places, fully nested")
    @APIResponse(
            responseCode = "200",
            description = "service_at_location.json",
            content = @Content(schema = @Schema(ref = SCHEMAS + "compiled/service_at_location.json")))
    @APIResponse(responseCode = "404", description = "No published service_at_location has this id")
    public Response serviceAtLocation(
            @Parameter(description = "The service_at_location's id (UUID)") @PathParam("id") String id) {
        return found(directory.serviceAtLocation(id), "service_at_location", id);
    }

    @GET
    @Path("taxonomies")
    @Operation(
            summary = "The portal's taxonomies",
            description = "The 442-ФЗ types and forms of social services and the recipient categories.")
    @APIResponse(
            responseCode = "200",
            description = PAGE_OF + "taxonomy.json",
            content = @Content(schema = @Schema(ref = SCHEMAS + "taxonomy.json")))
    public Response taxonomies(
            @Parameter(description = "Words the taxonomy's name contains") @QueryParam("search") String search,
            @Parameter(description = PAGE) @QueryParam("page") String page,
            @Parameter(description = PER_PAGE) @QueryParam("per_page") String perPage,
            @Parameter(description = FORMAT) @QueryParam("format") String format) {
        ApiParameters.json(format);
        return CachedJson.of(
                request,
                directory
                        .taxonomies(search, ApiParameters.paging(page, perPage))
                        .toJson());
    }

    @GET
    @Path("taxonomies/{id}")
    @Operation(summary = "One taxonomy")
    @APIResponse(
            responseCode = "200",
            description = "taxonomy.json",
            content = @Content(schema = @Schema(ref = SCHEMAS + "taxonomy.json")))
    @APIResponse(responseCode = "404", description = "No taxonomy has this id")
    public Response taxonomy(@Parameter(description = "The taxonomy's id (UUID)") @PathParam("id") String id) {
        return found(directory.taxonomy(id), "taxonomy", id);
    }

    @GET
    @Path("taxonomy_terms")
    @Operation(summary = "The terms of the portal's taxonomies", description = "Each with its taxonomy.")
    @APIResponse(
            responseCode = "200",
            description = PAGE_OF + "taxonomy_term.json",
            content = @Content(schema = @Schema(ref = SCHEMAS + "taxonomy_term.json")))
    @APIResponse(responseCode = "400", description = "A malformed parameter; the message says which")
    public Response taxonomyTerms(
            @Parameter(description = "Words the term's name contains") @QueryParam("search") String search,
            @Parameter(description = PAGE) @QueryParam("page") String page,
            @Parameter(description = PER_PAGE) @QueryParam("per_page") String perPage,
            @Parameter(description = FORMAT) @QueryParam("format") String format,
            @Parameter(description = "The id (UUID) of a taxonomy: only its terms") @QueryParam("taxonomy_id")
                    String taxonomyId,
            @Parameter(
                            description = "The portal's taxonomies are flat: every term is a top one",
                            schema = @Schema(type = SchemaType.BOOLEAN))
                    @QueryParam("top_only")
                    String topOnly,
            @Parameter(description = "The portal's taxonomies are flat: a parent_id finds no term")
                    @QueryParam("parent_id")
                    String parentId) {
        ApiParameters.json(format);
        ApiParameters.flag("top_only", topOnly);
        Paging paging = ApiParameters.paging(page, perPage);
        if (ApiParameters.id("parent_id", parentId) != null) {
            return CachedJson.of(request, new HsdsPage(List.of(), 0, paging).toJson());
        }
        return CachedJson.of(
                request,
                directory
                        .taxonomyTerms(ApiParameters.id("taxonomy_id", taxonomyId), search, paging)
                        .toJson());
    }

    @GET
    @Path("taxonomy_terms/{id}")
    @Operation(summary = "One taxonomy term, with its taxonomy")
    @APIResponse(
            responseCode = "200",
            description = "taxonomy_term.json",
            content = @Content(schema = @Schema(ref = SCHEMAS + "taxonomy_term.json")))
    @APIResponse(responseCode = "404", description = "No taxonomy term has this id")
    public Response taxonomyTerm(@Parameter(description = "The term's id (UUID)") @PathParam("id") String id) {
        return found(directory.taxonomyTerm(id), "taxonomy_term", id);
    }

    private static ServiceFilter filter(
            String search,
            String taxonomyTermId,
            String taxonomyId,
            String organizationId,
            String modifiedAfter,
            String proximity) {
        return new ServiceFilter(
                search,
                ApiParameters.id("taxonomy_term_id", taxonomyTermId),
                ApiParameters.id("taxonomy_id", taxonomyId),
                ApiParameters.id("organization_id", organizationId),
                ApiParameters.instant("modified_after", modifiedAfter),
                ApiParameters.proximity(proximity));
    }

    private Response found(Optional<JsonObject> document, String kind, String id) {
        return document.map(found -> CachedJson.of(request, found))
                .orElseGet(() -> ApiErrors.of(Response.Status.NOT_FOUND, "No published " + kind + " has the id " + id));
    }
}
