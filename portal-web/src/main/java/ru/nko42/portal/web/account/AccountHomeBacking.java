package ru.nko42.portal.web.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import ru.nko42.portal.directory.boundary.ClaimService;
import ru.nko42.portal.directory.boundary.ClaimView;
import ru.nko42.portal.directory.boundary.MyOrganization;
import ru.nko42.portal.directory.boundary.OrganizationProfileService;

/** My account: the organizations I represent and my requests to represent others. */
@Named
@RequestScoped
public class AccountHomeBacking {

    @Inject
    OrganizationProfileService profiles;

    @Inject
    ClaimService claims;

    private List<MyOrganization> organizations;
    private List<ClaimView> myClaims;

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
}
