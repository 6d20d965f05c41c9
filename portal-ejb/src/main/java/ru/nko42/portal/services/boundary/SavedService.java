package ru.nko42.portal.services.boundary;

import java.io.Serializable;
import ru.nko42.portal.model.directory.RevisionState;

/** Where a save left a service: the service, its working revision, that revision's version and state. */
public record SavedService(long serviceId, long organizationId, long revisionId, long version, RevisionState state)
        implements Serializable {}
