package ru.nko42.portal.it.search;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import ru.nko42.portal.schedule.boundary.DateException;
import ru.nko42.portal.schedule.boundary.Schedule;
import ru.nko42.portal.schedule.boundary.TimeRange;
import ru.nko42.portal.schedule.boundary.WeeklyRule;

/**
 * The fixture WAR's door for the browser tests, which run outside the server against the real EAR: a POST with a
 * name, a description, a municipality, a recipient category (older people unless given) and "always" or "never" (open around the clock, or at no known hours) makes a
 * published service, and tells the portal's search to take it in, as the listings feature's event does inside the
 * portal (another deployment's events do not reach it, so its bean is called through JNDI, by reflection: its
 * classes are the EAR's, not this WAR's). Answers with the service's id.
 */
@WebServlet("/services")
public class SearchFixtureServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final String PORTAL_SEARCH = "java:global/portal/portal-ejb/ServiceSearch";

    @EJB
    SearchFixture fixture;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        request.setCharacterEncoding("UTF-8");
        SearchFixture.Spec spec = SearchFixture.Spec.of(
                        request.getParameter("name"),
                        request.getParameter("description"),
                        request.getParameter("municipality"))
                .at(Double.parseDouble(request.getParameter("lat")), Double.parseDouble(request.getParameter("lon")));
        if (request.getParameter("category") != null) {
            spec = spec.forCategory(request.getParameter("category"));
        }
        if ("always".equals(request.getParameter("hours"))) {
            spec = spec.open(Schedule.weekly(WeeklyRule.daily(TimeRange.ALL_DAY))
                    .withExceptions(DateException.closedOn(LocalDate.of(2000, 1, 1), "—")));
        }
        long id = fixture.published(spec);
        follow(List.of(id));
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().write(Long.toString(id));
    }

    private static boolean rebuilding(Object search) throws ReflectiveOperationException {
        Object status = search.getClass().getMethod("status").invoke(search);
        return (Boolean) status.getClass().getMethod("rebuilding").invoke(status);
    }

    private static void follow(Collection<Long> ids) {
        try {
            Object search = new InitialContext().lookup(PORTAL_SEARCH);
            search.getClass().getMethod("follow", Collection.class).invoke(search, new ArrayList<>(ids));
            // while the portal still loads its index at its start, what it follows is applied after the load
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
