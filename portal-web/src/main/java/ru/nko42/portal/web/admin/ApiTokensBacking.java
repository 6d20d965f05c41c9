package ru.nko42.portal.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import ru.nko42.portal.common.boundary.InvalidInputException;
import ru.nko42.portal.opendata.boundary.ApiTokenService;
import ru.nko42.portal.opendata.boundary.ApiTokenView;
import ru.nko42.portal.opendata.boundary.NewApiToken;
import ru.nko42.portal.web.account.Messages;

/**
 * The API tokens page, {@code /admin/api-tokens}: an ADMIN creates a token with a name (shown once, right after),
 * lists the tokens with when each was last used, and revokes them.
 */
@Named
@ViewScoped
public class ApiTokensBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ApiTokenService service;

    private String name;
    private NewApiToken created;
    private List<ApiTokenView> tokens;

    public void load() {
        tokens = service.tokens();
    }

    public void create() {
        try {
            created = service.create(name);
            name = null;
            tokens = service.tokens();
        } catch (InvalidInputException refused) {
            Messages.error("token:name", refused.messageKey(), null);
        }
    }

    public void revoke(ApiTokenView token) {
        service.revoke(token.id());
        created = null;
        tokens = service.tokens();
        Messages.info("apiTokens.revoked");
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public NewApiToken getCreated() {
        return created;
    }

    public List<ApiTokenView> getTokens() {
        return tokens;
    }

    public int getNameLength() {
        return 100;
    }
}
