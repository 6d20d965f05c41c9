package ru.nko42.portal.directory.boundary;

import java.io.Serializable;
import ru.nko42.portal.model.directory.RevisionState;

/** Where a save left the profile: the organization, its working revision, that revision's version and state. */
public record SavedRevision(long organizationId, long revisionId, long version, RevisionState state)
        implements Serializable {}
