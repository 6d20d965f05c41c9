package ru.nko42.portal.web.services;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import ru.nko42.portal.search.boundary.ServiceSearch;

/**
 * The suggestions of the services' search box, {@code /services/suggest?q=пожил}: a JSON array of at most
 * {@value #LIMIT} names of published services that begin with the words typed. Nothing typed, or too little: an
 * empty array. The search box works without it.
 */
@WebServlet("/services/suggest")
public class ServiceSuggestServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final int LIMIT = 8;
    private static final int MIN_LETTERS = 3;
    private static final int MAX_LETTERS = 100;

    @Inject
    ServiceSearch search;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String typed = request.getParameter("q");
        List<String> names = typed == null || typed.strip().length() < MIN_LETTERS || typed.length() > MAX_LETTERS
                ? List.of()
                : search.suggest(typed.strip(), LIMIT);
        JsonArrayBuilder array = Json.createArrayBuilder();
        names.forEach(array::add);
        byte[] body = array.build().toString().getBytes(StandardCharsets.UTF_8);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "public, max-age=60");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
