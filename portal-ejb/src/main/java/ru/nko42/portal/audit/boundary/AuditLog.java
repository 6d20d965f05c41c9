package ru.nko42.portal.audit.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.Principal;
import java.time.Clock;
import java.util.Map;
import ru.nko42.portal.audit.control.Changes;
import ru.nko42.portal.audit.control.ClientAddress;
import ru.nko42.portal.model.account.Account;
import ru.nko42.portal.model.audit.AuditEntry;

/**
 * Writes an action to the audit log in the transaction of the action itself, so the entry commits (or rolls back)
 * with it. The actor is the caller (none for an anonymous visitor), the address the client's.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class AuditLog {

    /** The name WildFly gives the caller principal of an unauthenticated call. */
    private static final String ANONYMOUS = "anonymous";

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    Principal caller;

    @Inject
    ClientAddress clientAddress;

    Clock clock = Clock.systemUTC();

    /**
     * Records an action on an item. {@code before} and {@code after} (either may be null) name fields and their
     * values; a field with the same value in both is left out, so only changes are kept. Never a password, token or
     * hash: such field names are refused.
     */
    public void record(String action, AuditItem itemType, Long itemId, Map<String, ?> before, Map<String, ?> after) {
        String email = callerEmail();
        write(email == null ? null : accountId(email), email, action, itemType, itemId, before, after, address());
    }

    /**
     * Records an action as {@link #record} does, but without the client's address: for an anonymous sender whose
     * address the action itself must not keep (a citizen's report stores only a keyed hash of it).
     */
    public void recordWithoutAddress(
            String action, AuditItem itemType, Long itemId, Map<String, ?> before, Map<String, ?> after) {
        String email = callerEmail();
        write(email == null ? null : accountId(email), email, action, itemType, itemId, before, after, null);
    }

    /**
     * Records an action taken by {@code actor} without logging in: through a link mailed to that account alone (its
     * token stands for the account), where the caller is anonymous.
     */
    public void recordBy(
            Account actor,
            String action,
            AuditItem itemType,
            Long itemId,
            Map<String, ?> before,
            Map<String, ?> after) {
        write(actor.getId(), actor.getEmail(), action, itemType, itemId, before, after, address());
    }

    private void write(
            Long actorId,
            String actorEmail,
            String action,
            AuditItem itemType,
            Long itemId,
            Map<String, ?> before,
            Map<String, ?> after,
            String clientAddress) {
        Map<String, Object> changedBefore = Changes.changed(before, after);
        Map<String, Object> changedAfter = Changes.changed(after, before);
        em.persist(new AuditEntry(
                clock.instant(),
                actorId,
                actorEmail,
                action,
                itemType == null ? null : itemType.name(),
                itemId,
                Changes.json(changedBefore, AuditEntry.CHANGE_LENGTH),
                Changes.json(changedAfter, AuditEntry.CHANGE_LENGTH),
                clientAddress));
    }

    private String callerEmail() {
        String name = caller == null ? null : caller.getName();
        return name == null || ANONYMOUS.equals(name) ? null : name;
    }

    private Long accountId(String email) {
        return em.createNamedQuery(Account.FIND_BY_EMAIL, Account.class)
                .setParameter("email", email)
                .getResultStream()
                .findFirst()
                .map(Account::getId)
                .orElse(null);
    }

    private String address() {
        try {
            String address = clientAddress.get();
            return address == null || address.length() > AuditEntry.ADDRESS_LENGTH ? null : address;
        } catch (ContextNotActiveException noRequest) {
            return null;
        }
    }
}
