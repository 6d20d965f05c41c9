package ru.nko42.portal.it.mail;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.EJB;
import java.time.Duration;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ru.nko42.portal.common.control.ExceptionChain;
import ru.nko42.portal.it.support.Deployments;
import ru.nko42.portal.it.support.Inbox;
import ru.nko42.portal.mail.boundary.MailNotSentException;
import ru.nko42.portal.mail.boundary.MailService;
import ru.nko42.portal.mail.boundary.OutgoingMail;
import ru.nko42.portal.mail.control.MailComposer;
import ru.nko42.portal.mail.control.MailFailures;

/**
 * Mail through WildFly's session java:jboss/mail/portal to the build's GreenMail (SMTP 3125), read back over IMAP.
 */
@ExtendWith(ArquillianExtension.class)
class MailServiceIT {

    private static final String SUBJECT = "Подтвердите адрес электронной почты";
    private static final String TEXT = "Здравствуйте!\n\n"
            + "Вы зарегистрировались на портале «НКО Кузбасса». Подтвердите адрес электронной почты: "
            + "откройте ссылку в течение суток.\n\n"
            + "Ресурсный центр НКО Кузбасса";

    @Deployment
    static WebArchive deployment() {
        // the sending alone: the outbox around it needs the database (OutboxIT)
        return Deployments.plainWar("mail-it")
                .addClasses(
                        MailService.class,
                        OutgoingMail.class,
                        MailNotSentException.class,
                        MailComposer.class,
                        MailFailures.class,
                        ExceptionChain.class)
                .addClass(Inbox.class)
                .addClass(Inbox.ReceivedMail.class);
    }

    @EJB
    MailService mail;

    @Test
    void aRussianMailArrivesWithItsSubjectTextAndSender() throws Exception {
        String to = "member-" + UUID.randomUUID() + "@nko42.example";

        mail.send(new OutgoingMail(to, SUBJECT, TEXT));

        Inbox.ReceivedMail received = Inbox.awaitFirst(to, Duration.ofSeconds(10));
        assertThat(received.subject()).isEqualTo(SUBJECT);
        assertThat(received.contentType()).startsWith("text/plain").containsIgnoringCase("charset=UTF-8");
        assertThat(received.content()).asString().isEqualToNormalizingNewlines(TEXT);
        assertThat(received.from()).containsExactly(System.getProperty("portal.mail.from", "noreply@localhost"));
        assertThat(received.to()).containsExactly(to);
    }
}
