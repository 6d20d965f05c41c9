package ru.nko42.portal.web.moderation;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import ru.nko42.portal.directory.boundary.RevisionDecisionService;
import ru.nko42.portal.moderation.boundary.ModerationService;
import ru.nko42.portal.web.account.CurrentUser;

/** The moderation link in the header of every page, with the number of items waiting, for moderators. */
@Named
@RequestScoped
public class ModerationMenu {

    @Inject
    CurrentUser currentUser;

    @Inject
    ModerationService moderation;

    @Inject
    RevisionDecisionService decisions;

    private Long waiting;

    public boolean isVisible() {
        return currentUser.hasRole("MODERATOR") || currentUser.hasRole("ADMIN");
    }

    /** Whether the caller moderates the organization: its public page then links to its moderation page. */
    public boolean moderates(long organizationId) {
        return isVisible() && decisions.moderates(organizationId);
    }

    public long getWaiting() {
        if (waiting == null) {
            waiting = isVisible() ? moderation.waiting() : 0L;
        }
        return waiting;
    }
}
