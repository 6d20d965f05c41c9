package ru.nko42.portal.it.moderation;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import ru.nko42.portal.account.control.PasswordHasher;
import ru.nko42.portal.model.account.Account;
import ru.nko42.portal.model.account.AccountRole;
import ru.nko42.portal.model.account.AccountStatus;
import ru.nko42.portal.model.directory.Municipality;
import ru.nko42.portal.model.moderation.Decision;
import ru.nko42.portal.model.moderation.ModerationItem;

/**
 * Data for the browser test of the moderation dashboard, which runs outside the server against the real EAR: a
 * moderator who can log in, three items they decided today (waiting 2, 4 and 6 hours: one of each decision) and two
 * waiting in their municipality, the older for three days. The items are of a kind of the test's own and are
 * removed before and after the test.
 */
@Stateless
public class StatsPageFixture {

    static final String KIND = "it-stats-page";
    private static final AtomicLong SUBJECTS = new AtomicLong(System.nanoTime() % 1_000_000_000L);

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    public void moderatorWithItems(String email, String password, String municipalityCode) {
        Municipality municipality = em.createNamedQuery(Municipality.FIND_BY_CODE, Municipality.class)
                .setParameter("code", municipalityCode)
                .getSingleResult();
        Account moderator =
                new Account(email, new PasswordHasher().hash(password.toCharArray()), "Модератор статистики", "ru");
        moderator.setStatus(AccountStatus.ACTIVE);
        moderator.grant(AccountRole.MODERATOR);
        moderator.assignMunicipalities(List.of(municipality));
        em.persist(moderator);
        Instant now = Instant.now();
        decided(moderator, municipality, now, 2, Decision.APPROVED);
        decided(moderator, municipality, now, 4, Decision.REJECTED);
        decided(moderator, municipality, now, 6, Decision.CHANGES_REQUESTED);
        item(municipality, "Ждёт три дня", now.minus(Duration.ofDays(3)).minus(Duration.ofHours(5)));
        item(municipality, "Ждёт час", now.minus(Duration.ofHours(1)));
    }

    public void cleanUp() {
        em.createQuery("DELETE FROM ModerationItem i WHERE i.kind = :kind")
                .setParameter("kind", KIND)
                .executeUpdate();
    }

    private void decided(Account by, Municipality municipality, Instant now, int waitedHours, Decision decision) {
        ModerationItem item = item(municipality, "Решено: " + decision, now.minus(Duration.ofHours(waitedHours)));
        em.createNamedQuery(ModerationItem.DECIDE)
                .setParameter("decision", decision)
                .setParameter("by", by)
                .setParameter("now", now)
                .setParameter("reason", decision.needsReason() ? "Причина" : null)
                .setParameter("id", item.getId())
                .executeUpdate();
    }

    private ModerationItem item(Municipality municipality, String title, Instant submittedAt) {
        ModerationItem item =
                new ModerationItem(KIND, SUBJECTS.incrementAndGet(), null, municipality, title, submittedAt);
        em.persist(item);
        em.flush();
        return item;
    }
}
