package ru.nko42.portal.account.control;

import java.util.Locale;
import java.util.regex.Pattern;

/** E-mail addresses as accounts store them: trimmed and lower-case, of a plausible shape and length. */
public final class EmailAddress {

    public static final int MAX_LENGTH = 254;

    private static final Pattern SHAPE =
            Pattern.compile("[^@\\s<>()\\[\\],;:\"]{1,64}@[\\p{L}\\p{N}-]+(\\.[\\p{L}\\p{N}-]+)*\\.\\p{L}{2,}");

    private EmailAddress() {}

    public static String normalize(String address) {
        return address == null ? "" : address.strip().toLowerCase(Locale.ROOT);
    }

    public static boolean isValid(String normalized) {
        return normalized.length() <= MAX_LENGTH && SHAPE.matcher(normalized).matches();
    }
}
