package ru.nko42.portal.web.api;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;
import java.util.Set;

/**
 * Open data is readable from any web page: {@code Access-Control-Allow-Origin: *} on the answers to GET, HEAD and
 * OPTIONS (the preflight), which allow only those methods; other methods (the import) get no CORS headers, so a
 * browser on another site cannot send them.
 */
@Provider
public class CorsHeaders implements ContainerResponseFilter {

    private static final Set<String> READING = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!READING.contains(request.getMethod())) {
            return;
        }
        response.getHeaders().putSingle("Access-Control-Allow-Origin", "*");
        response.getHeaders().putSingle("Access-Control-Allow-Methods", "GET, HEAD, OPTIONS");
        response.getHeaders().putSingle("Access-Control-Allow-Headers", "Accept, If-None-Match, Content-Type");
        response.getHeaders().putSingle("Access-Control-Expose-Headers", "ETag, Content-Disposition");
        response.getHeaders().putSingle("Access-Control-Max-Age", "86400");
    }
}
