package ru.nko42.portal.web.content;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import ru.nko42.portal.content.boundary.AboutPage;
import ru.nko42.portal.content.boundary.AboutSiteService;

/** About the centre, {@code /about}: its text and contacts, and the team in the order editors gave it. */
@Named
@RequestScoped
public class AboutBacking {

    @Inject
    AboutSiteService about;

    private AboutPage page;

    public void load() {
        page = about.page();
    }

    public AboutPage getPage() {
        return page;
    }
}
