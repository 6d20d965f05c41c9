package ru.nko42.portal.it.support;

import java.net.URI;

/** Where the test server answers: the ports of arquillian.xml (offset 100), so a running portal is not disturbed. */
public final class TestServer {

    public static final URI PORTAL = URI.create(System.getProperty("portal.test.url", "http://localhost:8180/"));
    public static final URI MANAGEMENT =
            URI.create(System.getProperty("portal.test.management", "http://localhost:10090/"));

    private TestServer() {}

    public static URI page(String path) {
        return PORTAL.resolve(path.startsWith("/") ? path.substring(1) : path);
    }
}
