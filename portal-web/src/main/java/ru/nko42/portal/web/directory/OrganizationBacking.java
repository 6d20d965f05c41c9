package ru.nko42.portal.web.directory;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;
import ru.nko42.portal.directory.boundary.DirectorySearchService;
import ru.nko42.portal.directory.boundary.PublicProfile;
import ru.nko42.portal.model.directory.OrganizationDetails;
import ru.nko42.portal.model.directory.OrganizationKind;
import ru.nko42.portal.web.config.LanguageSwitcher;

/**
 * The public profile of an organization at {@code /organizations/12-ano-zabota}: WEB-INF/undertow-handlers.conf
 * rewrites that address to this page with {@code id} and {@code slug}. An outdated or missing slug is sent on to the
 * profile's own address (301); an unknown or unpublished organization is a 404.
 */
@Named
@RequestScoped
public class OrganizationBacking {

    /** Kuzbass lives on Kemerovo time (UTC+7): a date of publication is the date there. */
    private static final ZoneId REGION_TIME = ZoneId.of("Asia/Novokuznetsk");

    private static final int MAX_ID_DIGITS = 18;
    private static final int DESCRIPTION_META_LENGTH = 160;

    @Inject
    DirectorySearchService directory;

    @Inject
    LanguageSwitcher language;

    @Inject
    @Param(name = "id")
    String id;

    @Inject
    @Param(name = "slug")
    String slug;

    private PublicProfile profile;

    /** Called on page load. */
    public void load() throws IOException {
        profile = organizationId().flatMap(directory::profile).orElse(null);
        if (profile == null) {
            Faces.responseSendError(404, "");
        } else if (!Objects.equals(nullToEmpty(slug), nullToEmpty(profile.slug()))) {
            Faces.redirectPermanent(Faces.getRequestContextPath() + profile.path());
        }
    }

    public PublicProfile getProfile() {
        return profile;
    }

    public OrganizationDetails getDetails() {
        return profile.details();
    }

    public String getName() {
        return profile.details().displayName();
    }

    /** The full name where the heading shows a shorter one; else null. */
    public String getFullNameIfDifferent() {
        String fullName = profile.details().getFullName();
        return Objects.equals(fullName, getName()) ? null : fullName;
    }

    /** Whether the profile has a column about the organization: a description, areas, groups, or a TOS's facts. */
    public boolean isAboutShown() {
        OrganizationDetails details = profile.details();
        return (details.getDescription() != null && !details.getDescription().isBlank())
                || !profile.activityAreas().isEmpty()
                || !profile.targetGroups().isEmpty()
                || details.getKind() == OrganizationKind.TOS;
    }

    /** Whether there is any way to reach the organization: an address, a point, a phone, an e-mail or a link. */
    public boolean isContactsShown() {
        OrganizationDetails details = profile.details();
        return Stream.of(details.getPostalAddress(), details.getPhone(), details.getEmail())
                        .anyMatch(value -> value != null && !value.isBlank())
                || details.hasPoint()
                || !getLinks().isEmpty();
    }

    /** {@code tel:} and the digits and {@code +} of the phone, which is typed with spaces, brackets and dashes. */
    public String getPhoneHref() {
        String phone = profile.details().getPhone();
        return phone == null ? null : "tel:" + phone.replaceAll("[^0-9+]", "");
    }

    /** The organization's own links: website and social networks, each checked once more to be a web address. */
    public List<ProfileLink> getLinks() {
        OrganizationDetails details = profile.details();
        return Stream.of(
                        new ProfileLink("directory.profile.website", details.getWebsite()),
                        new ProfileLink("directory.profile.vk", details.getVkLink()),
                        new ProfileLink("directory.profile.telegram", details.getTelegramLink()),
                        new ProfileLink("directory.profile.ok", details.getOkLink()))
                .filter(ProfileLink::isWebAddress)
                .toList();
    }

    public String getFoundingMeeting() {
        LocalDate date = profile.details().getTosFoundingMeeting();
        return date == null ? null : longDate(date);
    }

    public String getPublishedOn() {
        return profile.publishedAt() == null
                ? null
                : longDate(profile.publishedAt().atZone(REGION_TIME).toLocalDate());
    }

    /** The map link of the point for readers without the map: OpenStreetMap centred on it. */
    public String getOpenStreetMapUrl() {
        OrganizationDetails details = profile.details();
        return "https://www.openstreetmap.org/?mlat=%s&mlon=%s#map=16/%s/%s"
                .formatted(
                        details.getLatitude(), details.getLongitude(), details.getLatitude(), details.getLongitude());
    }

    /** The start of the description for search engines and link previews; else what the organization is and where. */
    public String getMetaDescription() {
        String description = profile.details().getDescription();
        if (description == null || description.isBlank()) {
            return getName() + " — " + profile.municipalityName(locale());
        }
        String oneLine = description.strip().replaceAll("\\s+", " ");
        return oneLine.length() <= DESCRIPTION_META_LENGTH
                ? oneLine
                : oneLine.substring(0, DESCRIPTION_META_LENGTH - 1).strip() + "…";
    }

    private String longDate(LocalDate date) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(locale())
                .format(date);
    }

    private Locale locale() {
        return language.getLocale();
    }

    private Optional<Long> organizationId() {
        return id != null && id.matches("[0-9]{1," + MAX_ID_DIGITS + "}")
                ? Optional.of(Long.parseLong(id))
                : Optional.empty();
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    /** One of the organization's links, with the bundle key of its label. */
    public record ProfileLink(String labelKey, String url) {

        boolean isWebAddress() {
            return url != null && url.matches("https?://[^\\s<>\"]+");
        }
    }
}
