package ru.nko42.portal.it.opendata;

import jakarta.ejb.EJB;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * The fixture WAR's door for the open data tests, which run outside the server against the real EAR: a POST with a
 * word and a point makes {@link HsdsApiFixture#directory} and tells the portal's search to take its services in
 * (through JNDI, by reflection, as {@code SearchFixtureServlet} does: another deployment's events do not reach the
 * portal). Answers with the HSDS ids as JSON. A GET answers with what the data package of the whole directory is
 * written from.
 */
@WebServlet("/opendata")
public class HsdsApiFixtureServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final String PORTAL_SEARCH = "java:global/portal/portal-ejb/ServiceSearch";
    private static final String PORTAL_OPEN_DATA = "java:global/portal/portal-ejb/OpenDataDirectory";

    @EJB
    HsdsApiFixture fixture;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        request.setCharacterEncoding("UTF-8");
        HsdsApiFixture.Made made = fixture.directory(
                request.getParameter("word"),
                Double.parseDouble(request.getParameter("lat")),
                Double.parseDouble(request.getParameter("lon")));
        follow(made.serviceIds());
        response.setContentType("application/json;charset=UTF-8");
        response.getWriter()
                .write(Json.createObjectBuilder()
                        .add("organization", made.organization())
                        .add("near", made.near())
                        .add("nearLocation", made.nearLocation())
                        .add("far", made.far())
                        .add("archived", made.archived())
                        .add("hiddenOrganization", made.hiddenOrganization())
                        .add("hiddenService", made.hiddenService())
                        .build()
                        .toString());
    }

    /**
     * The portal's {@code OpenDataDirectory.contents()} (what the CSV data package is written from), called through
     * JNDI: {@code {"organizations": [...], "services": [...]}}.
     */
    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            Object directory = new InitialContext().lookup(PORTAL_OPEN_DATA);
            Object contents = directory.getClass().getMethod("contents").invoke(directory);
            JsonArrayBuilder organizations = Json.createArrayBuilder();
            JsonArrayBuilder services = Json.createArrayBuilder();
            for (Object document :
                    (List<?>) contents.getClass().getMethod("organizations").invoke(contents)) {
                organizations.add((JsonObject) document);
            }
            for (Object document :
                    (List<?>) contents.getClass().getMethod("services").invoke(contents)) {
                services.add((JsonObject) document);
            }
            response.setContentType("application/json;charset=UTF-8");
            response.getWriter()
                    .write(Json.createObjectBuilder()
                            .add("organizations", organizations)
                            .add("services", services)
                            .build()
                            .toString());
        } catch (NamingException | ReflectiveOperationException e) {
            throw new IllegalStateException("the portal's open data directory cannot be read", e);
        }
    }

    private static boolean rebuilding(Object search) throws ReflectiveOperationException {
        Object status = search.getClass().getMethod("status").invoke(search);
        return (Boolean) status.getClass().getMethod("rebuilding").invoke(status);
    }

    private static void follow(Collection<Long> ids) {
        try {
            Object search = new InitialContext().lookup(PORTAL_SEARCH);
            search.getClass().getMethod("follow", Collection.class).invoke(search, new ArrayList<>(ids));
            for (int i = 0; i < 600 && rebuilding(search); i++) {
                Thread.sleep(100);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (NamingException | ReflectiveOperationException e) {
            throw new IllegalStateException("the portal's search cannot be told", e);
        }
    }
}
