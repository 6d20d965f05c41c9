package ru.nko42.portal.web.directory;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.omnifaces.util.Faces;
import ru.nko42.portal.directory.boundary.FreshnessService;
import ru.nko42.portal.directory.boundary.InvalidVerificationLinkException;
import ru.nko42.portal.directory.boundary.VerificationLink;

/**
 * The page a freshness reminder links to, {@code /verify?token=}: opening it shows the organization and changes
 * nothing; "the data is up to date" confirms it (a POST, no login: the token stands for the representative), and
 * "update the profile" leads to the editor. A link that cannot confirm says why.
 */
@Named
@ViewScoped
public class VerifyBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    FreshnessService freshness;

    private String token;
    private VerificationLink link;
    private String problemKey;
    private boolean confirmed;

    /** Page load (not on the confirming POST). */
    public void load() {
        if (Faces.isPostback()) {
            return;
        }
        try {
            link = freshness.link(token);
        } catch (InvalidVerificationLinkException e) {
            problemKey = e.messageKey();
        }
    }

    public void confirm() {
        try {
            link = freshness.confirm(token);
            confirmed = true;
        } catch (InvalidVerificationLinkException e) {
            link = null;
            problemKey = e.messageKey();
        }
    }

    public VerificationLink getLink() {
        return link;
    }

    public String getProblemKey() {
        return problemKey;
    }

    public boolean isConfirmed() {
        return confirmed;
    }

    /** The link works and waits for the representative's answer. */
    public boolean isAsking() {
        return link != null && !confirmed;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }
}
