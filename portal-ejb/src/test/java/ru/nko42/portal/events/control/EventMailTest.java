package ru.nko42.portal.events.control;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import ru.nko42.portal.mail.boundary.OutgoingMail;
import ru.nko42.portal.mail.control.MailComposer;
import ru.nko42.portal.model.content.ContentKind;
import ru.nko42.portal.model.content.ContentPiece;
import ru.nko42.portal.model.events.EventDetails;
import ru.nko42.portal.model.events.EventFormat;
import ru.nko42.portal.model.events.EventRegistration;

class EventMailTest {

    private static final Instant START = Instant.parse("2026-12-12T03:00:00Z");
    private static final Instant NOW = Instant.parse("2026-11-27T12:00:00Z");

    private static EventDetails details() {
        EventDetails details = new EventDetails(7);
        details.setStartsAt(START);
        details.setEndsAt(START.plus(Duration.ofHours(2)));
        details.setFormat(EventFormat.BOTH);
        details.setPlaceName("Ресурсный центр");
        details.setAddress("пр. Советский, 60");
        details.setOnlineLink("https://meet.example.org/club");
        return details;
    }

    private static EventRegistration registration(String language) {
        return new EventRegistration(7, "Анна", null, "anna@example.org", null, language, "0".repeat(64), NOW);
    }

    private static ContentPiece piece() {
        ContentPiece piece = new ContentPiece(ContentKind.EVENT, "Клуб бухгалтеров", "klub-bukhgalterov");
        piece.setLead("Годовая отчётность");
        return piece;
    }

    @Test
    void aPlaceGetsTheCancelLinkTheOnlineLinkAndTheCalendarFileInKuzbassTime() {
        OutgoingMail mail =
                EventMailer.compose(EventMailer.Kind.CONFIRMED, piece(), details(), registration("ru"), "TOKEN", NOW);

        assertThat(mail.subject()).isEqualTo("Вы зарегистрированы: Клуб бухгалтеров");
        assertThat(mail.text())
                .contains("12 декабря 2026, 10:00 – 12:00 (время Кузбасса, UTC+7)")
                .contains("Ресурсный центр, пр. Советский, 60")
                .contains("/events/cancel?token=TOKEN")
                .contains("https://meet.example.org/club");
        assertThat(mail.attachment().name()).isEqualTo("klub-bukhgalterov.ics");
        assertThat(new String(mail.attachment().content(), StandardCharsets.UTF_8).replace("\r\n ", ""))
                .contains("DTSTART:20261212T030000Z")
                .contains("https://meet.example.org/club");
    }

    @Test
    void theWaitingListGetsNeitherTheOnlineLinkNorItInTheCalendarAndEnglishWhenRegisteredInEnglish() {
        OutgoingMail mail =
                EventMailer.compose(EventMailer.Kind.WAITING, piece(), details(), registration("en"), "TOKEN", NOW);

        assertThat(mail.subject()).isEqualTo("You are on the waiting list: Клуб бухгалтеров");
        assertThat(mail.text()).contains("/events/cancel?token=TOKEN").doesNotContain("meet.example.org");
        assertThat(new String(mail.attachment().content(), StandardCharsets.UTF_8))
                .doesNotContain("meet.example.org");
    }

    @Test
    void aMailWithAnAttachmentIsComposedAsMultipartMixed() throws Exception {
        OutgoingMail mail =
                EventMailer.compose(EventMailer.Kind.CONFIRMED, piece(), details(), registration("ru"), "TOKEN", NOW);
        Session session = Session.getInstance(new Properties());

        MimeMessage message = MailComposer.compose(session, mail);
        message.saveChanges();
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        message.writeTo(raw);
        MimeMessage read = new MimeMessage(session, new java.io.ByteArrayInputStream(raw.toByteArray()));

        assertThat(read.getContentType()).startsWith("multipart/mixed");
        Multipart parts = (Multipart) read.getContent();
        assertThat(parts.getCount()).isEqualTo(2);
        assertThat((String) parts.getBodyPart(0).getContent()).contains("Клуб бухгалтеров");
        assertThat(parts.getBodyPart(1).getDisposition()).isEqualTo(Part.ATTACHMENT);
        assertThat(parts.getBodyPart(1).getFileName()).isEqualTo("klub-bukhgalterov.ics");
        assertThat(parts.getBodyPart(1).getContentType()).startsWith("text/calendar");
    }
}
