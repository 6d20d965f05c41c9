package ru.nko42.portal.it.directory;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The door of the freshness fixture WAR: a POST of {@code fullName, municipality, representative,
 * verifiedMonthsAgo} and optionally {@code askedDaysAgo} makes the organization and answers "id slug".
 */
@WebServlet("/organizations")
public class FreshnessPagesFixtureServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    FreshnessPagesFixture fixture;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        request.setCharacterEncoding("UTF-8");
        String asked = request.getParameter("askedDaysAgo");
        String created = fixture.create(
                request.getParameter("fullName"),
                request.getParameter("municipality"),
                request.getParameter("representative"),
                Integer.parseInt(request.getParameter("verifiedMonthsAgo")),
                asked == null ? null : Integer.valueOf(asked));
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().write(created);
    }
}
