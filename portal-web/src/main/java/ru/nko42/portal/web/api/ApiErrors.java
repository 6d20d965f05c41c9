package ru.nko42.portal.web.api;

import jakarta.json.Json;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * The API's errors as small JSON documents ({@code {"status": 404, "message": "..."}}): a malformed parameter (400),
 * an unknown id or path (404), and whatever else JAX-RS answers with a status of its own. Nothing internal is told.
 */
final class ApiErrors {

    static final String JSON = MediaType.APPLICATION_JSON + ";charset=UTF-8";

    private ApiErrors() {}

    static Response of(Response.Status status, String message) {
        return of(status.getStatusCode(), message);
    }

    static Response of(int status, String message) {
        return Response.status(status)
                .type(JSON)
                .header("Cache-Control", "no-store")
                .entity(Json.createObjectBuilder()
                        .add("status", status)
                        .add("message", message)
                        .build()
                        .toString())
                .build();
    }

    /** A malformed parameter: 400 with what is wrong. */
    @Provider
    public static class BadParameter implements ExceptionMapper<BadParameterException> {
        @Override
        public Response toResponse(BadParameterException exception) {
            return of(Response.Status.BAD_REQUEST, exception.getMessage());
        }
    }

    /** A status JAX-RS chose (no such path, method not allowed, ...), as JSON. */
    @Provider
    public static class Status implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException exception) {
            Response given = exception.getResponse();
            Response.StatusType status = given.getStatusInfo();
            Response answer = of(status.getStatusCode(), status.getReasonPhrase());
            given.getHeaders().forEach((name, values) -> {
                if (!name.equalsIgnoreCase("Content-Type") && !name.equalsIgnoreCase("Content-Length")) {
                    values.forEach(value -> answer.getHeaders().add(name, value));
                }
            });
            return answer;
        }
    }
}
