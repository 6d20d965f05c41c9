package ru.nko42.portal.it.directory;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * An organization a directory page test wants in the database, as form fields: the test writes it, the fixture WAR
 * reads it back from the request ({@link PublicDirectoryFixtureServlet}). Unset fields stay empty.
 */
public final class OrganizationSpec {

    static final String AREA = "area";
    static final String GROUP = "group";

    private final Map<String, String> fields = new LinkedHashMap<>();
    private final List<String> areas = new ArrayList<>();
    private final List<String> groups = new ArrayList<>();

    private OrganizationSpec(String kind, String fullName, String municipality) {
        set("kind", kind).set("fullName", fullName).set("municipality", municipality);
    }

    public static OrganizationSpec ngo(String fullName, String municipality) {
        return new OrganizationSpec("NGO", fullName, municipality);
    }

    public static OrganizationSpec tos(String fullName, String municipality) {
        return new OrganizationSpec("TOS", fullName, municipality);
    }

    /** Left as a draft that was never published (the default is published). */
    public OrganizationSpec draft() {
        return set("state", "DRAFT");
    }

    /** Several organizations alike, their names numbered " 1", " 2"... after the given name. */
    public OrganizationSpec copies(int count) {
        return set("copies", Integer.toString(count));
    }

    public OrganizationSpec area(String code) {
        areas.add(code);
        return this;
    }

    public OrganizationSpec group(String code) {
        groups.add(code);
        return this;
    }

    /** A small PNG stored as the organization's logo. */
    public OrganizationSpec withLogo() {
        return set("logo", "true");
    }

    /**
     * Any other field of the profile by its name in {@code OrganizationDetails} (shortName, inn, phone, email,
     * website, vkLink, description, latitude, tosFoundingMeeting as 2024-03-12, tosLegalEntity as true...), or
     * legalForm by its code.
     */
    public OrganizationSpec set(String field, String value) {
        fields.put(field, value);
        return this;
    }

    String toForm() {
        StringJoiner form = new StringJoiner("&");
        fields.forEach((name, value) -> form.add(pair(name, value)));
        areas.forEach(code -> form.add(pair(AREA, code)));
        groups.forEach(code -> form.add(pair(GROUP, code)));
        return form.toString();
    }

    private static String pair(String name, String value) {
        return name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
