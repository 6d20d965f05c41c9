package ru.nko42.portal.it.directory;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The fixture WAR's door for tests that run outside the server: a POST of an {@link OrganizationSpec} makes the
 * organizations and answers with one line "id slug" for each.
 */
@WebServlet("/organizations")
public class PublicDirectoryFixtureServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    PublicDirectoryFixture fixture;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        request.setCharacterEncoding("UTF-8");
        Map<String, String> fields = new HashMap<>();
        request.getParameterMap().forEach((name, values) -> fields.put(name, values[0]));
        List<String> areas = values(request, OrganizationSpec.AREA);
        List<String> groups = values(request, OrganizationSpec.GROUP);
        int copies = Integer.parseInt(fields.getOrDefault("copies", "0"));
        StringBuilder created = new StringBuilder();
        if (copies == 0) {
            created.append(fixture.create(fields, areas, groups)).append('\n');
        }
        String name = fields.get("fullName");
        for (int i = 1; i <= copies; i++) {
            fields.put("fullName", name + " " + i);
            created.append(fixture.create(fields, areas, groups)).append('\n');
        }
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().write(created.toString());
    }

    private static List<String> values(HttpServletRequest request, String name) {
        String[] values = request.getParameterValues(name);
        return values == null ? List.of() : List.of(values);
    }
}
