package ru.nko42.portal.mail.boundary;

import java.util.Arrays;
import java.util.Objects;

/** A file attached to a mail: its name as the recipient sees it, its MIME type and its bytes. */
public record MailAttachment(String name, String contentType, byte[] content) {

    public MailAttachment {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(contentType, "contentType");
        content = Objects.requireNonNull(content, "content").clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MailAttachment that
                && name.equals(that.name)
                && contentType.equals(that.contentType)
                && Arrays.equals(content, that.content);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, contentType, Arrays.hashCode(content));
    }

    @Override
    public String toString() {
        return "MailAttachment[" + name + ", " + contentType + ", " + content.length + " bytes]";
    }
}
