package ru.nko42.portal.services.control;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import ru.nko42.portal.model.common.ReferenceEntry;
import ru.nko42.portal.model.directory.Municipality;
import ru.nko42.portal.model.services.FeeKind;
import ru.nko42.portal.model.services.ServiceDetails;
import ru.nko42.portal.model.services.ServiceLocation;
import ru.nko42.portal.model.services.ServiceRevision;
import ru.nko42.portal.model.services.SocialService;
import ru.nko42.portal.search.boundary.GeoPoint;
import ru.nko42.portal.search.boundary.IndexedService;

/**
 * A published service as the search index takes it: the texts of its published revision, the codes of its
 * vocabularies, the municipalities it serves (its service areas and those of its places) and the points of its
 * places.
 */
public final class IndexedServices {

    private IndexedServices() {}

    /**
     * The service as the index knows it, from its published revision.
     *
     * @throws IllegalArgumentException when nothing of it is published
     */
    public static IndexedService of(SocialService service) {
        ServiceRevision revision = service.getPublishedRevision();
        if (revision == null) {
            throw new IllegalArgumentException("service " + service.getId() + " has no published revision");
        }
        ServiceDetails details = revision.getDetails();
        return new IndexedService(
                service.getId(),
                details.getName(),
                details.getDescription(),
                service.getOrganization().displayName(),
                keywords(revision),
                municipalities(revision),
                codes(revision.getTypes()),
                codes(revision.getForms()),
                codes(revision.getCategories()),
                new LinkedHashSet<>(revision.getLanguages()),
                details.getFee() == FeeKind.FREE,
                revision.isWheelchairAccessible(),
                points(revision.getLocations()));
    }

    /** How to apply, who may, the Russian names of its types, forms and categories, its places' names and addresses. */
    static String keywords(ServiceRevision revision) {
        ServiceDetails details = revision.getDetails();
        Stream<String> texts = Stream.of(details.getHowToApply(), details.getEligibility());
        Stream<String> vocabulary = Stream.of(revision.getTypes(), revision.getForms(), revision.getCategories())
                .flatMap(Set::stream)
                .map(ReferenceEntry::getNameRu);
        Stream<String> places = revision.getLocations().stream()
                .flatMap(location -> Stream.of(location.getName(), location.getAddress()));
        return Stream.of(texts, vocabulary, places)
                .flatMap(stream -> stream)
                .filter(Objects::nonNull)
                .filter(text -> !text.isBlank())
                .collect(Collectors.joining("\n"));
    }

    static Set<String> municipalities(ServiceRevision revision) {
        Set<String> codes = new LinkedHashSet<>();
        revision.getServiceAreas().stream().map(Municipality::getCode).forEach(codes::add);
        revision.getLocations().stream()
                .map(ServiceLocation::getMunicipality)
                .filter(Objects::nonNull)
                .map(Municipality::getCode)
                .forEach(codes::add);
        return codes;
    }

    private static Set<String> codes(Set<? extends ReferenceEntry> entries) {
        return entries.stream().map(ReferenceEntry::getCode).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static List<GeoPoint> points(List<ServiceLocation> locations) {
        return locations.stream()
                .filter(ServiceLocation::hasPoint)
                .map(location -> new GeoPoint(location.getLatitude(), location.getLongitude()))
                .toList();
    }
}
