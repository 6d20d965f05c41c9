package ru.nko42.portal.web.config;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import org.omnifaces.util.Faces;

/** The main menu of every page, with the current section marked for screen readers and styles. */
@Named
@RequestScoped
public class MainMenu {

    public List<SiteSection> getSections() {
        return List.of(SiteSection.values());
    }

    public boolean isCurrent(SiteSection section) {
        String uri =
                Faces.getRequestURI().substring(Faces.getRequestContextPath().length());
        return section.contains(uri.isEmpty() ? "/" : uri);
    }
}
