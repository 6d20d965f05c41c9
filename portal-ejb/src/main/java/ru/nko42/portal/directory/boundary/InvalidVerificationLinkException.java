package ru.nko42.portal.directory.boundary;

import ru.nko42.portal.common.boundary.BusinessException;

/**
 * A reminder's link that cannot confirm anything, and why: the reader learns whether it was used already, ran out,
 * is not a link the portal made, or whether the organization has left the directory or they no longer represent it.
 * None of it helps a guesser: a token is 256 random bits.
 */
public class InvalidVerificationLinkException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public enum Problem {
        UNKNOWN,
        EXPIRED,
        USED,
        UNPUBLISHED,
        NOT_REPRESENTATIVE
    }

    private final Problem problem;

    public InvalidVerificationLinkException(Problem problem) {
        super("verification link: " + problem);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }

    @Override
    public String messageKey() {
        return switch (problem) {
            case UNKNOWN -> "verify.error.unknown";
            case EXPIRED -> "verify.error.expired";
            case USED -> "verify.error.used";
            case UNPUBLISHED -> "verify.error.unpublished";
            case NOT_REPRESENTATIVE -> "verify.error.notRepresentative";
        };
    }
}
