package ru.nko42.portal.services.control;

import java.math.BigDecimal;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import ru.nko42.portal.model.common.Bilingual;
import ru.nko42.portal.model.common.ReferenceEntry;
import ru.nko42.portal.model.services.ServiceDetails;
import ru.nko42.portal.model.services.ServiceLocation;
import ru.nko42.portal.model.services.ServiceRevision;
import ru.nko42.portal.model.services.SocialService;
import ru.nko42.portal.schedule.boundary.Schedule;
import ru.nko42.portal.services.boundary.ServiceComparison;

/** Compares a submitted revision with the published one, field by field, in the reader's language. */
public final class ServiceComparisons {

    private ServiceComparisons() {}

    public static ServiceComparison of(ServiceRevision pending, Locale locale) {
        SocialService service = pending.getService();
        ServiceRevision published = service.getPublishedRevision();
        if (published != null && published.equals(pending)) {
            published = null;
        }
        List<String> labels = labels();
        List<String> now = values(pending, locale);
        List<String> before = published == null ? null : values(published, locale);
        List<ServiceComparison.Row> rows = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            String was = before == null ? null : before.get(i);
            rows.add(new ServiceComparison.Row(
                    labels.get(i), was, now.get(i), before != null && !Objects.equals(was, now.get(i))));
        }
        return new ServiceComparison(
                service.getId(),
                service.getOrganization().getId(),
                service.getOrganization().displayName(),
                pending.getNumber(),
                published == null ? null : published.getNumber(),
                rows,
                service.isPublic());
    }

    private static List<String> labels() {
        return List.of(
                "service.field.name",
                "service.field.description",
                "service.field.categories",
                "service.field.eligibility",
                "service.field.ages",
                "service.field.forms",
                "service.field.types",
                "service.field.serviceAreas",
                "service.field.fee",
                "service.field.costOptions",
                "service.field.feesDescription",
                "service.field.places",
                "service.field.howToApply",
                "service.field.documents",
                "service.field.phones",
                "service.field.email",
                "service.field.url",
                "service.field.languages",
                "service.field.schedule",
                "service.field.locations");
    }

    private static List<String> values(ServiceRevision revision, Locale locale) {
        ServiceDetails d = revision.getDetails();
        List<String> values = new ArrayList<>();
        values.add(d.getName());
        values.add(d.getDescription());
        values.add(names(revision.getCategories(), locale));
        values.add(d.getEligibility());
        values.add(range(d.getMinimumAge(), d.getMaximumAge()));
        values.add(names(revision.getForms(), locale));
        values.add(names(revision.getTypes(), locale));
        values.add(blankAsNull(revision.getServiceAreas().stream()
                .map(m -> Bilingual.pick(locale, m.getNameRu(), m.getNameEn()))
                .collect(Collectors.joining(", "))));
        values.add(d.getFee().name());
        values.add(blankAsNull(revision.getCostOptions().stream()
                .map(c -> c.getOption() + (c.getAmount() == null ? "" : ": " + amount(c.getAmount()) + " ₽"))
                .collect(Collectors.joining("\n"))));
        values.add(d.getFeesDescription());
        values.add(
                d.getCapacity() == null && d.getFreePlaces() == null
                        ? null
                        : (d.getFreePlaces() == null ? "—" : d.getFreePlaces()) + " / "
                                + (d.getCapacity() == null ? "—" : d.getCapacity()));
        values.add(d.getHowToApply());
        values.add(blankAsNull(String.join("\n", revision.getDocuments())));
        values.add(blankAsNull(revision.getPhones().stream()
                .map(p -> p.getNumber() + (p.getDescription() == null ? "" : " (" + p.getDescription() + ")"))
                .collect(Collectors.joining("\n"))));
        values.add(d.getEmail());
        values.add(d.getUrl());
        values.add(blankAsNull(revision.getLanguages().stream()
                .map(code -> Locale.forLanguageTag(code).getDisplayLanguage(locale))
                .collect(Collectors.joining(", "))));
        values.add(schedule(d.getScheduleJson(), locale));
        values.add(blankAsNull(
                revision.getLocations().stream().map(l -> location(l, locale)).collect(Collectors.joining("\n\n"))));
        return values;
    }

    private static String location(ServiceLocation l, Locale locale) {
        StringBuilder text = new StringBuilder();
        if (l.getName() != null) {
            text.append(l.getName()).append(": ");
        }
        text.append(l.getAddress())
                .append(" (")
                .append(Bilingual.pick(
                        locale,
                        l.getMunicipality().getNameRu(),
                        l.getMunicipality().getNameEn()))
                .append(')');
        if (l.hasPoint()) {
            text.append("\n").append(l.getLatitude()).append(", ").append(l.getLongitude());
        }
        text.append(l.isWheelchairAccessible() ? "\n♿" : "");
        if (l.getAccessibility() != null) {
            text.append("\n").append(l.getAccessibility());
        }
        if (l.getTransportation() != null) {
            text.append("\n").append(l.getTransportation());
        }
        String hours = schedule(l.getScheduleJson(), locale);
        if (hours != null) {
            text.append("\n").append(hours);
        }
        return text.toString();
    }

    /** The schedule as compact text: one line per weekly rule and exception, as the editor shows them. */
    static String schedule(String json, Locale locale) {
        Schedule schedule = ScheduleForms.read(json);
        if (schedule.weekly().isEmpty() && schedule.exceptions().isEmpty() && schedule.description() == null) {
            return null;
        }
        List<String> lines = new ArrayList<>();
        schedule.weekly()
                .forEach(rule -> lines.add(rule.days().stream()
                                .map(day -> day.getDisplayName(TextStyle.SHORT, locale))
                                .collect(Collectors.joining(", "))
                        + " " + rule.hours().opensAt() + "–" + rule.hours().closesAt()
                        + (rule.validity().from() == null && rule.validity().to() == null
                                ? ""
                                : " (" + rule.validity().from() + " – "
                                        + rule.validity().to() + ")")));
        schedule.exceptions()
                .forEach(exception -> lines.add(exception.dates().from()
                        + (exception.closed()
                                ? " ×"
                                : " "
                                        + exception.hours().stream()
                                                .map(h -> h.opensAt() + "–" + h.closesAt())
                                                .collect(Collectors.joining(", ")))
                        + (exception.description() == null ? "" : " " + exception.description())));
        if (schedule.description() != null) {
            lines.add(schedule.description());
        }
        return String.join("\n", lines);
    }

    private static String names(Collection<? extends ReferenceEntry> entries, Locale locale) {
        return blankAsNull(entries.stream()
                .map(e -> Bilingual.pick(locale, e.getNameRu(), e.getNameEn()))
                .collect(Collectors.joining(", ")));
    }

    private static String range(Integer from, Integer to) {
        if (from == null && to == null) {
            return null;
        }
        return (from == null ? "" : from) + "–" + (to == null ? "" : to);
    }

    private static String amount(BigDecimal amount) {
        return amount.stripTrailingZeros().toPlainString();
    }

    private static String blankAsNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
