package ru.nko42.portal.it.moderation;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The fixture WAR's door for the browser test: a POST to {@code /moderator} with email, password and municipality
 * makes the moderator and their items; a POST to {@code /clean-up} removes the items.
 */
@WebServlet({"/moderator", "/clean-up"})
public class StatsPageFixtureServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    StatsPageFixture fixture;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        request.setCharacterEncoding("UTF-8");
        if (request.getServletPath().equals("/moderator")) {
            fixture.moderatorWithItems(
                    request.getParameter("email"),
                    request.getParameter("password"),
                    request.getParameter("municipality"));
        } else {
            fixture.cleanUp();
        }
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().write("ok\n");
    }
}
