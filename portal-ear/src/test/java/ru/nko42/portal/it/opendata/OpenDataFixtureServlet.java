package ru.nko42.portal.it.opendata;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The fixture WAR's door for tests that run outside the server: {@code POST /organizations} (name, inn, ogrn,
 * published) and {@code POST /services} (organization, name, published) make one and answer with its id.
 */
@WebServlet({"/organizations", "/services"})
public class OpenDataFixtureServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    OpenDataFixture fixture;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        request.setCharacterEncoding("UTF-8");
        boolean published = Boolean.parseBoolean(request.getParameter("published"));
        long id = request.getServletPath().equals("/organizations")
                ? fixture.organization(
                        request.getParameter("name"),
                        request.getParameter("inn"),
                        request.getParameter("ogrn"),
                        published)
                : fixture.service(
                        Long.parseLong(request.getParameter("organization")), request.getParameter("name"), published);
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().write(Long.toString(id));
    }
}
