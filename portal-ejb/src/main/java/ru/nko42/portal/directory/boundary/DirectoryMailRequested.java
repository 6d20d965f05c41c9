package ru.nko42.portal.directory.boundary;

/**
 * A mail about an organization someone must get: fired inside the transaction, sent after it commits. {@code path}
 * is the portal page the mail links to; {@code detail} is the reason of a decision, the name of a claimant, or the
 * date the data was last confirmed.
 */
public record DirectoryMailRequested(
        Kind kind, String email, String language, String organizationName, String path, String detail) {

    public enum Kind {
        /** Become a representative: the path carries the invitation token. */
        INVITATION,
        /** Someone asks to represent an organization; to its representatives, or to administrators. */
        CLAIM_RECEIVED,
        CLAIM_ACCEPTED,
        CLAIM_DECLINED,
        REVISION_PUBLISHED,
        REVISION_REJECTED,
        /** Sent back to be changed, with the moderator's comments. */
        REVISION_CHANGES_REQUESTED,
        /** Taken out of the public directory by a moderator, with a reason. */
        ORGANIZATION_ARCHIVED,
        ORGANIZATION_UNPUBLISHED,
        /**
         * Confirm that the published data is still true, or update it: the path carries the one-click token, the
         * detail is the date it was last confirmed.
         */
        VERIFICATION_REQUESTED
    }

    @Override
    public String toString() {
        return "DirectoryMailRequested[" + kind + " to " + email + "]";
    }
}
