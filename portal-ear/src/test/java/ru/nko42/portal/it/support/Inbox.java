package ru.nko42.portal.it.support;

import jakarta.mail.Address;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

/**
 * The mailbox of one address in the build's GreenMail (IMAP on localhost, port {@code portal.test.imap.port}).
 * GreenMail runs with authentication disabled: it creates a user for every recipient, and any password logs in; the
 * address serves as both.
 */
public final class Inbox {

    private static final String HOST = "localhost";
    private static final int PORT = Integer.getInteger("portal.test.imap.port", 3243);
    private static final Duration POLL = Duration.ofMillis(100);

    private Inbox() {}

    /** A message as read back, copied out of the folder so it stays readable once the folder is closed. */
    public record ReceivedMail(
            List<String> from, List<String> to, String subject, String contentType, Object content) {}

    /**
     * Waits, at most {@code timeout}, for the first message to arrive for {@code address}: delivery is quick, but
     * it happens after the SMTP server has answered.
     */
    public static ReceivedMail awaitFirst(String address, Duration timeout)
            throws MessagingException, IOException, InterruptedException {
        return await(address, null, timeout);
    }

    /** Waits, at most {@code timeout}, for a message with exactly this subject to arrive for {@code address}. */
    public static ReceivedMail awaitSubject(String address, String subject, Duration timeout)
            throws MessagingException, IOException, InterruptedException {
        return await(address, subject, timeout);
    }

    private static ReceivedMail await(String address, String subject, Duration timeout)
            throws MessagingException, IOException, InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (true) {
            ReceivedMail mail = find(address, subject);
            if (mail != null) {
                return mail;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("No mail" + (subject == null ? "" : " \"" + subject + "\"") + " for " + address
                        + " in GreenMail after " + timeout);
            }
            Thread.sleep(POLL.toMillis());
        }
    }

    /** The first message for the address, or the first with the subject when one is given; null if none yet. */
    private static ReceivedMail find(String address, String subject) throws MessagingException, IOException {
        Properties properties = new Properties();
        properties.setProperty("mail.imap.connectiontimeout", "5000");
        properties.setProperty("mail.imap.timeout", "5000");
        Store store = Session.getInstance(properties).getStore("imap");
        store.connect(HOST, PORT, address, address);
        try {
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            try {
                for (Message message : inbox.getMessages()) {
                    if (subject == null || subject.equals(message.getSubject())) {
                        return new ReceivedMail(
                                addresses(message.getFrom()),
                                addresses(message.getRecipients(Message.RecipientType.TO)),
                                message.getSubject(),
                                message.getContentType(),
                                // a copy in memory, so that a multipart's parts stay readable once the folder closes
                                new MimeMessage((MimeMessage) message).getContent());
                    }
                }
                return null;
            } finally {
                inbox.close(false);
            }
        } finally {
            store.close();
        }
    }

    private static List<String> addresses(Address[] addresses) {
        return addresses == null
                ? List.of()
                : Arrays.stream(addresses)
                        .map(a -> a instanceof InternetAddress internet ? internet.getAddress() : a.toString())
                        .toList();
    }
}
