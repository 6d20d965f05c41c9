package ru.nko42.portal.services.control;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import ru.nko42.portal.directory.boundary.ReferenceItem;
import ru.nko42.portal.model.common.ReferenceEntry;
import ru.nko42.portal.model.directory.Municipality;
import ru.nko42.portal.model.directory.Organization;
import ru.nko42.portal.model.directory.PublicationState;
import ru.nko42.portal.model.services.ServiceDetails;
import ru.nko42.portal.model.services.ServiceLocation;
import ru.nko42.portal.model.services.ServiceRevision;
import ru.nko42.portal.model.services.SocialService;
import ru.nko42.portal.services.boundary.ServicePage;

/** Makes a service's page from one of its revisions, the hours as they stand at the clock's moment. */
public final class ServicePages {

    private ServicePages() {}

    public static ServicePage of(ServiceRevision revision, Clock clock, boolean preview) {
        SocialService service = revision.getService();
        Organization organization = service.getOrganization();
        ServiceDetails d = revision.getDetails();
        boolean organizationPublic = organization.getState() == PublicationState.PUBLISHED;
        return new ServicePage(
                service.getId(),
                revision.getId(),
                revision.getState(),
                organization.getId(),
                organization.displayName(),
                organizationPublic ? "/organizations/" + organization.getId() + "-" + organization.getSlug() : null,
                d.getName(),
                d.getDescription(),
                d.getHowToApply(),
                d.getEligibility(),
                d.getMinimumAge(),
                d.getMaximumAge(),
                items(revision.getCategories()),
                items(revision.getForms()),
                items(revision.getTypes()),
                revision.getServiceAreas().stream()
                        .map(m -> new ReferenceItem(m.getCode(), m.getNameRu(), m.getNameEn()))
                        .toList(),
                d.getFee(),
                d.getFeesDescription(),
                revision.getCostOptions().stream()
                        .map(c -> new ServicePage.Price(c.getOption(), c.getAmount()))
                        .toList(),
                d.getCapacity(),
                d.getFreePlaces(),
                revision.getPhones().stream()
                        .map(p -> new ServicePage.Phone(p.getNumber(), p.getDescription()))
                        .toList(),
                d.getEmail(),
                d.getUrl(),
                List.copyOf(revision.getLanguages()),
                List.copyOf(revision.getDocuments()),
                revision.isWheelchairAccessible(),
                ServiceHoursView.of(d.getScheduleJson(), clock),
                revision.getLocations().stream().map(l -> place(l, clock)).toList(),
                service.getLastVerifiedAt(),
                service.isPublic() && revision.equals(service.getPublishedRevision()),
                preview);
    }

    private static ServicePage.Place place(ServiceLocation location, Clock clock) {
        Municipality municipality = location.getMunicipality();
        return new ServicePage.Place(
                location.getName(),
                location.getAddress(),
                municipality.getNameRu(),
                municipality.getNameEn(),
                location.getLatitude(),
                location.getLongitude(),
                location.isWheelchairAccessible(),
                location.getAccessibility(),
                location.getTransportation(),
                ServiceHoursView.of(location.getScheduleJson(), clock));
    }

    private static List<ReferenceItem> items(Collection<? extends ReferenceEntry> entries) {
        return entries.stream().map(ReferenceItem::of).toList();
    }
}
