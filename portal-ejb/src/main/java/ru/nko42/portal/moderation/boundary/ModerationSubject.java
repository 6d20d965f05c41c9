package ru.nko42.portal.moderation.boundary;

import java.util.Set;
import ru.nko42.portal.model.account.Account;
import ru.nko42.portal.model.moderation.Decision;
import ru.nko42.portal.model.moderation.ModerationItem;

/**
 * A kind of queue item, implemented by the feature that owns it (a CDI bean): the queue takes the decision on the
 * item, then the subject applies it to what the item stands for, in the same transaction.
 */
public interface ModerationSubject {

    /** The kind its items carry in the queue, e.g. {@code profile}; also the suffix of its labels and its view. */
    String kind();

    /** The decisions a moderator may take on such an item. */
    Set<Decision> decisions();

    /**
     * Applies a decision the queue has just taken. Throwing a business exception rolls the decision back; the
     * reason is required (and checked) for every decision but an approval.
     */
    void apply(ModerationItem item, Decision decision, Account moderator, String reason);
}
