package ru.nko42.portal.directory.boundary;

import ru.nko42.portal.model.directory.OrganizationKind;
import ru.nko42.portal.model.directory.PublicationState;

/** An organization as its moderator sees it: where it stands, and the queue item of its pending revision, if any. */
public record ModeratedOrganization(
        long id,
        String name,
        OrganizationKind kind,
        String municipalityRu,
        String municipalityEn,
        PublicationState state,
        String slug,
        Long pendingItemId) {

    public boolean published() {
        return state == PublicationState.PUBLISHED;
    }
}
