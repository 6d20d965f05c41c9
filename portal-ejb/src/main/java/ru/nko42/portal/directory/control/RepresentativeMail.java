package ru.nko42.portal.directory.control;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import ru.nko42.portal.directory.boundary.DirectoryMailRequested;
import ru.nko42.portal.model.account.Account;
import ru.nko42.portal.model.directory.Organization;

/** Tells every representative of an organization, each in their language, what happened to it. */
@Dependent
public class RepresentativeMail {

    @Inject
    OrganizationAccess access;

    @Inject
    Event<DirectoryMailRequested> mail;

    public void toRepresentatives(
            Organization organization, DirectoryMailRequested.Kind kind, String path, String detail) {
        for (Account representative : access.representativesOf(organization)) {
            mail.fire(new DirectoryMailRequested(
                    kind,
                    representative.getEmail(),
                    representative.getLanguage(),
                    organization.displayName(),
                    path,
                    detail));
        }
    }
}
