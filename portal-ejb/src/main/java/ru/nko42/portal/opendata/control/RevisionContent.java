package ru.nko42.portal.opendata.control;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import ru.nko42.portal.model.common.ReferenceEntry;
import ru.nko42.portal.model.directory.Municipality;
import ru.nko42.portal.model.directory.OrganizationDetails;
import ru.nko42.portal.model.directory.OrganizationRevision;
import ru.nko42.portal.model.services.ServiceDetails;
import ru.nko42.portal.model.services.ServiceRevision;

/**
 * What a revision says, as one comparable text: two revisions with the same content (whatever their number, state
 * and author) give the same text. An import compares what it would write with the current revision and changes
 * nothing when they are the same.
 */
public final class RevisionContent {

    private RevisionContent() {}

    public static String of(OrganizationRevision revision) {
        OrganizationDetails d = revision.getDetails();
        return join(
                d.getKind(),
                d.getFullName(),
                d.getShortName(),
                d.getInn(),
                d.getOgrn(),
                d.getKpp(),
                d.getPostalAddress(),
                d.getLatitude(),
                d.getLongitude(),
                d.getPhone(),
                d.getEmail(),
                d.getWebsite(),
                d.getVkLink(),
                d.getTelegramLink(),
                d.getOkLink(),
                d.getHeadName(),
                d.getDescription(),
                d.getYearFounded(),
                d.getTosTerritory(),
                d.getTosResidents(),
                d.getTosFoundingMeeting(),
                d.isTosLegalEntity(),
                d.getTosChairman(),
                revision.getLegalForm() == null ? null : revision.getLegalForm().getCode(),
                code(revision.getMunicipality()),
                codes(revision.getActivityAreas()),
                codes(revision.getTargetGroups()),
                revision.getLogoKey());
    }

    public static String of(ServiceRevision revision) {
        ServiceDetails d = revision.getDetails();
        return join(
                d.getName(),
                d.getDescription(),
                d.getHowToApply(),
                d.getEligibility(),
                d.getMinimumAge(),
                d.getMaximumAge(),
                d.getFee(),
                d.getFeesDescription(),
                d.getCapacity(),
                d.getFreePlaces(),
                d.getEmail(),
                d.getUrl(),
                d.getScheduleJson(),
                codes(revision.getForms()),
                codes(revision.getTypes()),
                codes(revision.getCategories()),
                revision.getServiceAreas().stream()
                        .map(Municipality::getCode)
                        .sorted()
                        .toList(),
                revision.getLanguages().stream().sorted().toList(),
                List.copyOf(revision.getDocuments()),
                revision.getPhones().stream()
                        .map(p -> join(p.getNumber(), p.getDescription()))
                        .toList(),
                revision.getCostOptions().stream()
                        .map(c -> join(c.getOption(), amount(c.getAmount())))
                        .toList(),
                revision.getLocations().stream()
                        .map(l -> join(
                                l.getHsdsId(),
                                l.getName(),
                                l.getAddress(),
                                code(l.getMunicipality()),
                                l.getLatitude(),
                                l.getLongitude(),
                                l.isWheelchairAccessible(),
                                l.getAccessibility(),
                                l.getTransportation(),
                                l.getScheduleJson()))
                        .toList());
    }

    private static String amount(BigDecimal amount) {
        return amount == null ? null : amount.stripTrailingZeros().toPlainString();
    }

    private static String code(Municipality municipality) {
        return municipality == null ? null : municipality.getCode();
    }

    private static List<String> codes(Collection<? extends ReferenceEntry> entries) {
        return entries.stream().map(ReferenceEntry::getCode).sorted().toList();
    }

    private static String join(Object... values) {
        return Stream.of(values)
                .map(value -> value == null ? "\u2400" : Objects.toString(value).replace("\u241f", ""))
                .collect(Collectors.joining("\u241f", "[", "]"));
    }
}
