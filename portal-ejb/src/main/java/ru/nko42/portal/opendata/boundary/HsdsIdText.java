package ru.nko42.portal.opendata.boundary;

import java.util.regex.Pattern;

/** Whether a text is an HSDS id (a UUID in its usual form): other texts name nothing in the directory. */
public final class HsdsIdText {

    private static final Pattern UUID =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private HsdsIdText() {}

    public static boolean isUuid(String text) {
        return text != null && UUID.matcher(text.strip()).matches();
    }
}
