package ru.nko42.portal.it.opendata;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import ru.nko42.portal.it.directory.DirectoryFixture;
import ru.nko42.portal.it.support.AsAccount;
import ru.nko42.portal.opendata.boundary.ApiTokenService;

/**
 * The round trip test's door into the server: a POST makes an ADMIN and an API token of theirs through the
 * portal's own {@link ApiTokenService}, and answers with the token, which the test sends to the real EAR's import.
 */
@WebServlet("/token")
public class RoundTripTokenServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    DirectoryFixture accounts;

    @Inject
    ApiTokenService tokens;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        AsAccount admin = accounts.administrator("Обмен данными");
        String token = admin.call(() -> tokens.create("round trip").token());
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().write(token);
    }
}
