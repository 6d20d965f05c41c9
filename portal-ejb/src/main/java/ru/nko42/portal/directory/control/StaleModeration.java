package ru.nko42.portal.directory.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumSet;
import java.util.Set;
import ru.nko42.portal.model.account.Account;
import ru.nko42.portal.model.directory.Organization;
import ru.nko42.portal.model.directory.PublicationState;
import ru.nko42.portal.model.moderation.Decision;
import ru.nko42.portal.model.moderation.ModerationItem;
import ru.nko42.portal.moderation.boundary.ModerationSubject;

/**
 * A published organization whose representatives did not confirm its data when asked, in the queue of its
 * municipality (the subject is the organization). Approving means the moderator checked the data and found it
 * right: it counts as confirmed now. Rejecting takes the profile out of the directory with the moderator's reason,
 * as unpublishing it from its page does.
 */
@Dependent
public class StaleModeration implements ModerationSubject {

    public static final String KIND = "stale";

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    OrganizationFreshness freshness;

    @Inject
    DirectoryWithdrawal withdrawal;

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Set<Decision> decisions() {
        return EnumSet.of(Decision.APPROVED, Decision.REJECTED);
    }

    @Override
    public void apply(ModerationItem item, Decision decision, Account moderator, String reason) {
        Organization organization = em.find(Organization.class, item.getSubjectId());
        if (decision == Decision.APPROVED) {
            freshness.confirmedByModerator(organization);
        } else {
            withdrawal.withdraw(organization, PublicationState.UNPUBLISHED, reason);
        }
    }
}
