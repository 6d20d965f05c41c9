package ru.nko42.portal.it.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ru.nko42.portal.it.support.AsAccount;
import ru.nko42.portal.it.support.Inbox;
import ru.nko42.portal.moderation.boundary.DigestOutcome;
import ru.nko42.portal.moderation.boundary.ModerationDigest;

/**
 * The moderators' daily digest against MariaDB and the build's GreenMail, run by hand as the timer runs it: each
 * moderator who wants it gets one mail of what entered the queue of their municipalities since their last digest
 * (the last 24 hours before the first), in their language; nothing twice, nothing to who switched it off. The
 * digest lists everything new in a municipality, so Krapivinsky and Taiga belong to this test alone: no other test
 * may put items in their queues.
 */
@ExtendWith(ArquillianExtension.class)
class ModerationDigestIT {

    private static final String KRAPIVINSKY = "Крапивинский муниципальный округ";

    @Deployment
    static WebArchive deployment() {
        return ModerationDeployments.servicesWar("moderation-digest-it");
    }

    @EJB
    ModerationDigest digest;

    @EJB
    ModerationFixture fixture;

    /** The test's items of a real kind, which stand for nothing: removed after the test, like those of its own. */
    private final List<Long> profiles = new ArrayList<>();

    @BeforeEach
    @AfterEach
    void removeTheTestsItems() {
        profiles.forEach(fixture::delete);
        fixture.deleteAll(TestKindModeration.KIND);
    }

    @Test
    void aModeratorGetsOneDigestOfWhatIsNewInTheirMunicipalitiesAndNothingTwice() throws Exception {
        AsAccount moderator = fixture.moderatorOf("Модератор Крапивинского округа", "ru", "krapivinsky-mo");
        AsAccount english = fixture.moderatorOf("Taiga moderator", "en", "taiginsky-go");
        AsAccount switchedOff = fixture.moderatorOf("Модератор без сводки", "ru", "krapivinsky-mo");
        fixture.setDigest(switchedOff.email(), false);
        AsAccount admin = fixture.administrator("Администратор");
        Instant now = Instant.now();
        fixture.enqueue(TestKindModeration.KIND, "krapivinsky-mo", "Ждёт третий день", now.minus(Duration.ofDays(3)));
        long fresh = profile("krapivinsky-mo", "АНО «Новая» Крапивино", now.minusSeconds(3600));
        long elsewhere = profile("taiginsky-go", "Фонд «Тайга»", now.minusSeconds(600));

        DigestOutcome first = admin.call(() -> digest.sendNow());

        assertThat(first.mailed()).isGreaterThanOrEqualTo(2);
        assertThat(first.failed()).isZero();
        assertThat(fixture.mailsTo(moderator.email()))
                .singleElement()
                .satisfies(mail -> assertThat(mail)
                        .startsWith("Новое на модерации: 1\n")
                        .contains("• Профиль организации «АНО «Новая» Крапивино», " + KRAPIVINSKY + "\n"
                                + "  http://localhost:")
                        .contains("/moderation/item?id=" + fresh + "\n")
                        .as("older than a day: not new to a first digest")
                        .doesNotContain("Ждёт третий день")
                        .doesNotContain("Фонд «Тайга»")
                        .contains("Всего ждут решения: 2."));
        assertThat(fixture.mailsTo(english.email()))
                .singleElement()
                .satisfies(mail -> assertThat(mail)
                        .startsWith("New items to moderate: 1\n")
                        .contains("• Organization profile \"Фонд «Тайга»\", Taiga urban okrug\n")
                        .contains("/moderation/item?id=" + elsewhere + "\n")
                        .doesNotContain("Крапивино"));
        assertThat(fixture.mailsTo(switchedOff.email())).isEmpty();
        assertThat(fixture.lastDigestAt(switchedOff.email())).isNull();
        Instant sent = fixture.lastDigestAt(moderator.email());
        assertThat(sent).isBetween(now, Instant.now());

        admin.run(() -> digest.sendNow());

        assertThat(fixture.mailsTo(moderator.email())).as("nothing new since").hasSize(1);
        assertThat(fixture.mailsTo(english.email())).hasSize(1);
        assertThat(fixture.lastDigestAt(moderator.email())).isEqualTo(sent);
        assertThat(Inbox.awaitSubject(moderator.email(), "Новое на модерации: 1", Duration.ofSeconds(20))
                        .content()
                        .toString())
                .contains("АНО «Новая» Крапивино");

        long later = fixture.enqueue(TestKindModeration.KIND, "krapivinsky-mo", "Поступило позже", Instant.now());
        admin.run(() -> digest.sendNow());

        assertThat(fixture.mailsTo(moderator.email()))
                .hasSize(2)
                .last()
                .satisfies(mail -> assertThat(mail)
                        .startsWith("Новое на модерации: 1\n")
                        .contains("• " + TestKindModeration.KIND + " «Поступило позже», " + KRAPIVINSKY)
                        .contains("/moderation/item?id=" + later + "\n")
                        .doesNotContain("АНО «Новая» Крапивино")
                        .contains("Всего ждут решения: 3."));
        assertThat(fixture.mailsTo(switchedOff.email())).isEmpty();
    }

    /** An item of the kind "profile", so the mail names its kind; no profile stands behind it. */
    private long profile(String municipality, String title, Instant submittedAt) {
        long id = fixture.enqueue("profile", municipality, title, submittedAt);
        profiles.add(id);
        return id;
    }

    @Test
    void theTimerRunsAtEightInTheMorningKuzbassTimeWhateverTheServersZone() {
        AsAccount admin = fixture.administrator("Администратор");

        Instant next = admin.call(() -> digest.nextRun());

        assertThat(next.atZone(ZoneId.of("Asia/Novokuznetsk")).toLocalTime()).isEqualTo(LocalTime.of(8, 0));
        assertThat(next).isBetween(Instant.now(), Instant.now().plus(Duration.ofDays(1)));
    }

    @Test
    void onlyAnAdministratorRunsTheDigestByHand() {
        AsAccount moderator = fixture.moderatorOf("Модератор", "ru", "krapivinsky-mo");

        assertThatThrownBy(() -> moderator.call(() -> digest.sendNow())).isInstanceOf(EJBAccessException.class);
    }
}
