package ru.nko42.portal.it.moderation;

import jakarta.enterprise.context.Dependent;
import java.util.EnumSet;
import java.util.Set;
import ru.nko42.portal.model.account.Account;
import ru.nko42.portal.model.moderation.Decision;
import ru.nko42.portal.model.moderation.ModerationItem;
import ru.nko42.portal.moderation.boundary.ModerationSubject;

/**
 * A kind of queue item that stands for nothing, so the moderation tests can decide items without a feature behind
 * them. Only the test WARs know it; its items are removed after each test, so the portal's own queue never shows
 * an item whose kind it does not know, and no test counts another's.
 */
@Dependent
public class TestKindModeration implements ModerationSubject {

    public static final String KIND = "it-moderation";

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Set<Decision> decisions() {
        return EnumSet.allOf(Decision.class);
    }

    @Override
    public void apply(ModerationItem item, Decision decision, Account moderator, String reason) {
        // nothing stands behind the item
    }
}
