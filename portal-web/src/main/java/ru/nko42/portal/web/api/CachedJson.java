package ru.nko42.portal.web.api;

import jakarta.json.JsonObject;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A JSON answer that caches may keep for five minutes: its strong ETag is a hash of its bytes, and a request whose
 * {@code If-None-Match} has it gets 304 without the body.
 */
final class CachedJson {

    static final String CACHE_CONTROL = "public, max-age=300";

    private CachedJson() {}

    static Response of(Request request, JsonObject document) {
        byte[] body = document.toString().getBytes(StandardCharsets.UTF_8);
        EntityTag tag = new EntityTag(sha256(body));
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        if (notModified != null) {
            return notModified.header("Cache-Control", CACHE_CONTROL).tag(tag).build();
        }
        return Response.ok(body, ApiErrors.JSON)
                .tag(tag)
                .header("Cache-Control", CACHE_CONTROL)
                .build();
    }

    private static String sha256(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
