package ru.nko42.portal.account.control;

import com.nulabinc.zxcvbn.Strength;
import com.nulabinc.zxcvbn.Zxcvbn;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Checks a new password: 12 to 128 characters (code points), no composition rules, and a zxcvbn score of at least 3
 * with the member's own e-mail and names counted as easy guesses. Thread-safe; build one and share it.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;
    public static final int MIN_SCORE = 3;

    private static final List<String> PORTAL_WORDS = List.of("кузбасс", "kuzbass", "нко", "портал", "portal");

    private final Zxcvbn zxcvbn = new Zxcvbn();

    /**
     * Checks the password of the member with the given e-mail, name and organization name (any of them may be null).
     * The password is left as it is: the caller clears it.
     */
    public PasswordCheck check(CharSequence password, String email, String personName, String organizationName) {
        if (password == null) {
            throw new IllegalArgumentException("password must not be null");
        }
        long length = password.codePoints().count();
        List<PasswordProblem> problems = new ArrayList<>();
        if (length < MIN_LENGTH) {
            problems.add(PasswordProblem.TOO_SHORT);
        }
        if (length > MAX_LENGTH) {
            problems.add(PasswordProblem.TOO_LONG);
            return new PasswordCheck(problems, 0, null);
        }
        Strength strength = zxcvbn.measure(password, userInputs(email, personName, organizationName));
        if (strength.getScore() < MIN_SCORE) {
            problems.add(PasswordProblem.TOO_WEAK);
        }
        return new PasswordCheck(problems, strength.getScore(), strength.getFeedback());
    }

    private static List<String> userInputs(String email, String personName, String organizationName) {
        Set<String> inputs = new LinkedHashSet<>(PORTAL_WORDS);
        if (email != null && !email.isBlank()) {
            String address = email.strip().toLowerCase(Locale.ROOT);
            inputs.add(address);
            int at = address.indexOf('@');
            if (at > 0) {
                String localPart = address.substring(0, at);
                inputs.add(localPart);
                addWords(inputs, localPart);
            }
        }
        for (String name : new String[] {personName, organizationName}) {
            if (name != null && !name.isBlank()) {
                String lowered = name.strip().toLowerCase(Locale.ROOT);
                inputs.add(lowered);
                addWords(inputs, lowered);
            }
        }
        return List.copyOf(inputs);
    }

    /** Adds each word of the text and the words run together, as members often write "добрыесоседи". */
    private static void addWords(Set<String> inputs, String text) {
        inputs.add(text.replaceAll("[^\\p{L}\\p{N}]+", ""));
        for (String word : text.split("[^\\p{L}\\p{N}]+")) {
            if (word.length() > 2) {
                inputs.add(word);
            }
        }
    }
}
