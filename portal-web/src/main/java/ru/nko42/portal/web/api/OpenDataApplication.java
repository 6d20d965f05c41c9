package ru.nko42.portal.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The JAX-RS application of the open data API: every resource class of the WAR answers below {@code /api/hsds}
 * (the read-only HSDS API here, the import for machine clients beside it). {@code /api/docs/} stays outside it: the
 * static Swagger UI page.
 */
@ApplicationPath("/api/hsds")
@OpenAPIDefinition(
        info =
                @Info(
                        title = "Kuzbass NGO portal: open data (Open Referral HSDS 3.0)",
                        version = "3.0",
                        description =
                                "The published social services and organizations of the portal of the NGO resource"
                                        + " centre of Kuzbass, read-only, in the Human Services Data Specification 3.0. Only"
                                        + " published data. JSON in UTF-8, ETag and Cache-Control on every answer, CORS open for"
                                        + " GET. Texts are in Russian."),
        tags = @Tag(name = "HSDS", description = "Open Referral HSDS 3.0 API"))
public class OpenDataApplication extends Application {}
