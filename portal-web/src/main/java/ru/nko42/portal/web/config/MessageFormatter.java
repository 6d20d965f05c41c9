package ru.nko42.portal.web.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import ru.nko42.portal.web.account.Messages;

/** A message with its placeholders filled, for pages: {@code #{msg.format('key', value)}}. */
@Named("msg")
@ApplicationScoped
public class MessageFormatter {

    public String format(String key, Object first) {
        return Messages.format(key, first);
    }

    public String format(String key, Object first, Object second) {
        return Messages.format(key, first, second);
    }

    public String format(String key, Object first, Object second, Object third) {
        return Messages.format(key, first, second, third);
    }
}
