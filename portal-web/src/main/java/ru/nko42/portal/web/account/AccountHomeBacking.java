package ru.nko42.portal.web.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import ru.nko42.portal.directory.boundary.ClaimService;
import ru.nko42.portal.directory.boundary.ClaimView;
import ru.nko42.portal.directory.boundary.MyOrganization;
import ru.nko42.portal.directory.boundary.OrganizationProfileService;
import ru.nko42.portal.directory.boundary.PendingRevision;
import ru.nko42.portal.directory.boundary.RevisionDecisionService;

/** My account: the organizations I represent, my requests to represent others, and for an administrator what waits. */
@Named
@RequestScoped
public class AccountHomeBacking {

    @Inject
    OrganizationProfileService profiles;

    @Inject
    ClaimService claims;

    @Inject
    RevisionDecisionService decisions;

    @Inject
    CurrentUser currentUser;

    private List<MyOrganization> organizations;
    private List<ClaimView> myClaims;
    private List<PendingRevision> pending;

    public List<MyOrganization> getOrganizations() {
        if (organizations == null) {
            organizations = profiles.mine();
        }
        return organizations;
    }

    public List<ClaimView> getMyClaims() {
        if (myClaims == null) {
            myClaims = claims.mine();
        }
        return myClaims;
    }

    /** Revisions waiting for a decision; only administrators see them here. */
    public List<PendingRevision> getPending() {
        if (pending == null) {
            pending = currentUser.hasRole("ADMIN") ? decisions.pending() : List.of();
        }
        return pending;
    }
}
