package ru.nko42.portal.directory.control;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import ru.nko42.portal.account.control.LinkToken;
import ru.nko42.portal.audit.boundary.AuditItem;
import ru.nko42.portal.audit.boundary.AuditLog;
import ru.nko42.portal.audit.control.Changes;
import ru.nko42.portal.directory.boundary.DirectoryMailRequested;
import ru.nko42.portal.model.account.Account;
import ru.nko42.portal.model.account.AccountStatus;
import ru.nko42.portal.model.directory.Organization;
import ru.nko42.portal.model.directory.VerificationToken;
import ru.nko42.portal.moderation.control.ModerationQueue;

/**
 * The steps of an organization's freshness, each in the caller's transaction and audited: its representatives are
 * asked to confirm its data (each gets a one-click link of their own, in their language), it is flagged stale and
 * queued for a moderator when nobody answers, and it is fresh again when a representative or a moderator confirms.
 */
@Dependent
public class OrganizationFreshness {

    /** The page a reminder links to; the token follows. */
    public static final String VERIFY_PATH = "/verify?token=";

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    OrganizationAccess access;

    @Inject
    ModerationQueue queue;

    @Inject
    Event<DirectoryMailRequested> mail;

    @Inject
    AuditLog audit;

    Clock clock = Clock.systemUTC();

    /**
     * Mails every representative (with an active account) a link to confirm the data or update the profile, and
     * notes that they were asked (an organization without representatives is noted too: nobody can answer, so it
     * goes stale and a moderator looks at it). Returns how many were asked.
     */
    public int askRepresentatives(Organization organization) {
        Instant now = clock.instant();
        Instant lastVerified = organization.getLastVerifiedAt() != null
                ? organization.getLastVerifiedAt()
                : organization.getCreatedAt();
        List<Account> representatives = access.representativesOf(organization).stream()
                .filter(account -> account.getStatus() == AccountStatus.ACTIVE)
                .toList();
        for (Account representative : representatives) {
            String token = LinkToken.newToken();
            em.persist(new VerificationToken(organization, representative, LinkToken.hash(token), now));
            mail.fire(new DirectoryMailRequested(
                    DirectoryMailRequested.Kind.VERIFICATION_REQUESTED,
                    representative.getEmail(),
                    representative.getLanguage(),
                    organization.displayName(),
                    VERIFY_PATH + token,
                    dateIn(representative.getLanguage(), lastVerified)));
        }
        organization.verificationRequested(now);
        em.flush();
        audit.record(
                "organization.verification.request",
                AuditItem.ORGANIZATION,
                organization.getId(),
                null,
                Changes.of(
                        "lastVerifiedAt",
                        organization.getLastVerifiedAt(),
                        "verificationRequestedAt",
                        now,
                        "representativesAsked",
                        representatives.size()));
        return representatives.size();
    }

    /** Nobody confirmed in time: the directory shows the data as stale, and a moderator of its municipality looks. */
    public void markStale(Organization organization) {
        organization.markStale(clock.instant());
        em.flush();
        queue.enqueue(
                StaleModeration.KIND,
                organization.getId(),
                organization,
                organization.getMunicipality(),
                organization.displayName());
        audit.record(
                "organization.stale",
                AuditItem.ORGANIZATION,
                organization.getId(),
                Changes.of("stale", false),
                Changes.of(
                        "stale",
                        true,
                        "lastVerifiedAt",
                        organization.getLastVerifiedAt(),
                        "verificationRequestedAt",
                        organization.getVerificationRequestedAt()));
    }

    /** A representative confirmed the data through the link mailed to them, without logging in. */
    public void confirmedByRepresentative(Organization organization, Account representative) {
        Map<String, Object> before = before(organization);
        Map<String, Object> after = verify(organization, "link");
        audit.recordBy(
                representative, "organization.verify", AuditItem.ORGANIZATION, organization.getId(), before, after);
    }

    /** A moderator checked the data of a stale organization and found it right (the caller is the moderator). */
    public void confirmedByModerator(Organization organization) {
        Map<String, Object> before = before(organization);
        Map<String, Object> after = verify(organization, "moderation");
        audit.record("organization.verify", AuditItem.ORGANIZATION, organization.getId(), before, after);
    }

    private static Map<String, Object> before(Organization organization) {
        return Changes.of("lastVerifiedAt", organization.getLastVerifiedAt(), "stale", organization.isStale());
    }

    private Map<String, Object> verify(Organization organization, String how) {
        organization.verified(clock.instant());
        em.flush();
        queue.withdraw(StaleModeration.KIND, organization.getId());
        return Changes.of("lastVerifiedAt", organization.getLastVerifiedAt(), "stale", false, "confirmedThrough", how);
    }

    /** A date as a mail in that language writes it, on the region's calendar. */
    static String dateIn(String language, Instant instant) {
        Locale locale = Locale.forLanguageTag(language == null || language.isBlank() ? "ru" : language);
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(locale)
                .format(instant.atZone(FreshnessPolicy.REGION));
    }
}
