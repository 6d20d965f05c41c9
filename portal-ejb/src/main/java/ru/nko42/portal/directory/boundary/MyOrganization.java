package ru.nko42.portal.directory.boundary;

import java.io.Serializable;
import ru.nko42.portal.model.directory.OrganizationKind;
import ru.nko42.portal.model.directory.PublicationState;
import ru.nko42.portal.model.directory.RevisionState;

/**
 * An organization as its representative's list shows it: whether it is public, and where its latest revision
 * stands (with the moderator's reason when it was sent back).
 */
public record MyOrganization(
        long id,
        String name,
        OrganizationKind kind,
        PublicationState state,
        String slug,
        RevisionState latestState,
        String latestReason)
        implements Serializable {

    public boolean isPublished() {
        return state == PublicationState.PUBLISHED;
    }
}
