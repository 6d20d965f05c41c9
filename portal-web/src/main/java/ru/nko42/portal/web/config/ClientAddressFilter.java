package ru.nko42.portal.web.config;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import ru.nko42.portal.audit.control.ClientAddress;
import ru.nko42.portal.common.control.Setting;

/**
 * Tells the audit log where a request comes from: the connecting address, or, when that is the reverse proxy named
 * by the setting {@code portal.trusted.proxy} (comma-separated addresses), the last address the proxy added to
 * {@code X-Forwarded-For}. A client can write anything into that header, so it is read only behind a trusted proxy.
 */
@WebFilter(urlPatterns = "/*")
public class ClientAddressFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    ClientAddress clientAddress;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        clientAddress.set(addressOf(
                request.getRemoteAddr(),
                request.getHeader("X-Forwarded-For"),
                Setting.of("portal.trusted.proxy")
                        .map(ClientAddressFilter::list)
                        .orElse(List.of())));
        chain.doFilter(request, response);
    }

    static String addressOf(String remote, String forwardedFor, List<String> trustedProxies) {
        if (forwardedFor == null || forwardedFor.isBlank() || !trustedProxies.contains(remote)) {
            return remote;
        }
        List<String> hops = list(forwardedFor);
        return hops.isEmpty() ? remote : hops.get(hops.size() - 1);
    }

    private static List<String> list(String commaSeparated) {
        return Arrays.stream(commaSeparated.split(","))
                .map(String::strip)
                .filter(part -> !part.isEmpty())
                .toList();
    }
}
