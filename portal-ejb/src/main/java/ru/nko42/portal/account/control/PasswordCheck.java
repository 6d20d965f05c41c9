package ru.nko42.portal.account.control;

import com.nulabinc.zxcvbn.Feedback;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/** The immutable outcome of {@link PasswordPolicy#check}: every problem found, the zxcvbn score and its advice. */
public final class PasswordCheck {

    static final String FEEDBACK_BUNDLE = "ru.nko42.portal.account.control.PasswordFeedback";

    private static final ResourceBundle.Control BASE_BUNDLE_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final List<PasswordProblem> problems;
    private final int score;
    private final Feedback feedback;

    PasswordCheck(List<PasswordProblem> problems, int score, Feedback feedback) {
        this.problems = List.copyOf(problems);
        this.score = score;
        this.feedback = feedback;
    }

    public boolean acceptable() {
        return problems.isEmpty();
    }

    public List<PasswordProblem> problems() {
        return problems;
    }

    /** The zxcvbn score from 0 to 4; 0 when the password was too long to be measured. */
    public int score() {
        return score;
    }

    /** The zxcvbn warning in Russian or English (the default for other locales), or an empty string. */
    public String warning(Locale locale) {
        return feedback == null
                ? ""
                : feedback.withResourceBundle(bundle(locale)).getWarning(locale);
    }

    /** The zxcvbn suggestions in Russian or English (the default for other locales). */
    public List<String> suggestions(Locale locale) {
        return feedback == null
                ? List.of()
                : List.copyOf(feedback.withResourceBundle(bundle(locale)).getSuggestions(locale));
    }

    static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(
                FEEDBACK_BUNDLE, locale, PasswordCheck.class.getClassLoader(), BASE_BUNDLE_FALLBACK);
    }

    @Override
    public String toString() {
        return "PasswordCheck[problems=" + problems + ", score=" + score + "]";
    }
}
