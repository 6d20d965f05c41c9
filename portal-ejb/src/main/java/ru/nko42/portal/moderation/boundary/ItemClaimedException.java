package ru.nko42.portal.moderation.boundary;

import java.time.Instant;
import ru.nko42.portal.common.boundary.BusinessException;

/** Another moderator works on the item (their claim has not expired); says who, and until when. */
public class ItemClaimedException extends BusinessException {

    private static final long serialVersionUID = 1L;

    private final String claimedBy;
    private final Instant claimedUntil;

    public ItemClaimedException(String claimedBy, Instant claimedUntil) {
        super("claimed by " + claimedBy + " until " + claimedUntil);
        this.claimedBy = claimedBy;
        this.claimedUntil = claimedUntil;
    }

    @Override
    public String messageKey() {
        return "moderation.error.claimedBy";
    }

    public String claimedBy() {
        return claimedBy;
    }

    public Instant claimedUntil() {
        return claimedUntil;
    }
}
