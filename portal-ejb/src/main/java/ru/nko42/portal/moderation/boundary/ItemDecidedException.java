package ru.nko42.portal.moderation.boundary;

import java.time.Instant;
import ru.nko42.portal.model.moderation.Decision;

/** Someone else decided the item first; this decision was not taken. Says who decided, how, when and why. */
public class ItemDecidedException extends AlreadyDecidedException {

    private static final long serialVersionUID = 1L;

    private final String decidedBy;
    private final Decision decision;
    private final Instant decidedAt;
    private final String reason;

    public ItemDecidedException(String decidedBy, Decision decision, Instant decidedAt, String reason) {
        super("decided already by " + decidedBy + ": " + decision);
        this.decidedBy = decidedBy;
        this.decision = decision;
        this.decidedAt = decidedAt;
        this.reason = reason;
    }

    @Override
    public String messageKey() {
        return "moderation.error.decidedBy";
    }

    public String decidedBy() {
        return decidedBy;
    }

    public Decision decision() {
        return decision;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public String reason() {
        return reason;
    }
}
