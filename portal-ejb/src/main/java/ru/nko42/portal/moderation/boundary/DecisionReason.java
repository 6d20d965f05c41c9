package ru.nko42.portal.moderation.boundary;

import ru.nko42.portal.common.boundary.InvalidInputException;
import ru.nko42.portal.model.moderation.Decision;
import ru.nko42.portal.model.moderation.ModerationItem;

/** The reason that goes with a decision: trimmed, required where the decision needs one, and not too long. */
public final class DecisionReason {

    private DecisionReason() {}

    /** The reason to keep, {@code null} for none. */
    public static String check(Decision decision, String reason) {
        String why = reason == null ? "" : reason.strip();
        if (why.length() > ModerationItem.REASON_LENGTH) {
            throw new InvalidInputException("moderation.error.reason.tooLong");
        }
        if (why.isEmpty()) {
            if (decision.needsReason()) {
                throw new InvalidInputException("moderation.error.reason.required");
            }
            return null;
        }
        return why;
    }
}
