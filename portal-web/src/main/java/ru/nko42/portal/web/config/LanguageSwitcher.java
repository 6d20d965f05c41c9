package ru.nko42.portal.web.config;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import org.omnifaces.util.Faces;

/**
 * The visitor's language for this request: their choice, remembered for a year in a cookie, else their browser's,
 * else Russian. Nothing is kept in the session.
 */
@Named("language")
@RequestScoped
public class LanguageSwitcher {

    private static final int ONE_YEAR_SECONDS = 365 * 24 * 60 * 60;

    private SupportedLanguage current;

    public Locale getLocale() {
        return current().locale();
    }

    public String getTag() {
        return current().tag();
    }

    public SupportedLanguage[] getAll() {
        return SupportedLanguage.values();
    }

    public boolean isCurrent(SupportedLanguage language) {
        return current() == language;
    }

    /** Switches the language and shows the same page again, by a redirect (so a reload does not resubmit). */
    public void switchTo(SupportedLanguage language) throws IOException {
        current = language;
        FacesContext context = FacesContext.getCurrentInstance();
        context.getViewRoot().setLocale(language.locale());
        ExternalContext external = context.getExternalContext();
        String contextPath = external.getRequestContextPath();
        external.addResponseCookie(
                PreferredLanguage.COOKIE,
                language.tag(),
                Map.of(
                        "maxAge",
                        ONE_YEAR_SECONDS,
                        "path",
                        contextPath.isEmpty() ? "/" : contextPath,
                        "httpOnly",
                        true,
                        "SameSite",
                        "Lax"));
        external.redirect(Faces.getRequestURIWithQueryString());
    }

    private SupportedLanguage current() {
        if (current == null) {
            HttpServletRequest request = Faces.getRequest();
            current = PreferredLanguage.resolve(chosen(request), browserLocales(request));
        }
        return current;
    }

    private static String chosen(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        return cookies == null
                ? null
                : Arrays.stream(cookies)
                        .filter(c -> PreferredLanguage.COOKIE.equals(c.getName()))
                        .map(Cookie::getValue)
                        .findFirst()
                        .orElse(null);
    }

    /** Without an Accept-Language header the container reports its own default locale: that says nothing. */
    private static Iterator<Locale> browserLocales(HttpServletRequest request) {
        return request.getHeader("Accept-Language") == null
                ? Collections.emptyIterator()
                : request.getLocales().asIterator();
    }
}
