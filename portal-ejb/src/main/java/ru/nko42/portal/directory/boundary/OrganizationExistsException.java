package ru.nko42.portal.directory.boundary;

import ru.nko42.portal.common.boundary.BusinessException;

/**
 * The ИНН or ОГРН of a new registration belongs to an organization the directory has already: the registrant may
 * ask to represent it (a claim), or already does.
 */
public class OrganizationExistsException extends BusinessException {

    private static final long serialVersionUID = 1L;

    private final long organizationId;
    private final String organizationName;
    private final boolean alreadyRepresented;

    public OrganizationExistsException(long organizationId, String organizationName, boolean alreadyRepresented) {
        super("organization registered already: " + organizationId);
        this.organizationId = organizationId;
        this.organizationName = organizationName;
        this.alreadyRepresented = alreadyRepresented;
    }

    public long organizationId() {
        return organizationId;
    }

    public String organizationName() {
        return organizationName;
    }

    /** Whether the caller is one of its representatives already. */
    public boolean alreadyRepresented() {
        return alreadyRepresented;
    }

    @Override
    public String messageKey() {
        return alreadyRepresented ? "profile.error.exists.yours" : "profile.error.exists";
    }
}
