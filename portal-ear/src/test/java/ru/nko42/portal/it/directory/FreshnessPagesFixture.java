package ru.nko42.portal.it.directory;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import ru.nko42.portal.model.account.Account;
import ru.nko42.portal.model.account.AccountStatus;
import ru.nko42.portal.model.directory.Organization;
import ru.nko42.portal.model.directory.Representative;

/**
 * For the browser test of freshness: a published organization whose representative has an account (without a
 * password: the reminder's link needs no login), verified months ago and perhaps asked days ago.
 */
@Stateless
public class FreshnessPagesFixture {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @EJB
    PublicDirectoryFixture organizations;

    /** The id and slug of the organization made. */
    public String create(
            String fullName, String municipality, String representative, int verifiedMonthsAgo, Integer askedDaysAgo) {
        String created = organizations.create(
                Map.of("kind", "NGO", "fullName", fullName, "municipality", municipality, "state", "PUBLISHED"),
                List.of(),
                List.of());
        long id = Long.parseLong(created.split(" ")[0]);
        Account account = new Account(representative, "not-a-password-hash", "Представитель Организации", "ru");
        account.setStatus(AccountStatus.ACTIVE);
        em.persist(account);
        em.persist(new Representative(em.find(Organization.class, id), account));
        em.flush();
        Instant verified = Instant.now()
                .atZone(ZoneId.of("Asia/Novokuznetsk"))
                .minusMonths(verifiedMonthsAgo)
                .toInstant();
        Instant asked = askedDaysAgo == null ? null : Instant.now().minus(Duration.ofDays(askedDaysAgo));
        em.createNativeQuery(
                        "UPDATE organization SET last_verified_at = ?1, verification_requested_at = ?2 WHERE id = ?3")
                .setParameter(1, Timestamp.from(verified))
                .setParameter(2, asked == null ? null : Timestamp.from(asked))
                .setParameter(3, id)
                .executeUpdate();
        return created;
    }
}
