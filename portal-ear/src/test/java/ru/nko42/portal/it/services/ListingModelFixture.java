package ru.nko42.portal.it.services;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import ru.nko42.portal.model.account.Account;
import ru.nko42.portal.model.directory.Municipality;
import ru.nko42.portal.model.directory.Organization;
import ru.nko42.portal.model.directory.OrganizationKind;
import ru.nko42.portal.model.directory.PublicationState;
import ru.nko42.portal.model.services.CostOption;
import ru.nko42.portal.model.services.FeeKind;
import ru.nko42.portal.model.services.RecipientCategory;
import ru.nko42.portal.model.services.ServiceLocation;
import ru.nko42.portal.model.services.ServicePhone;
import ru.nko42.portal.model.services.ServiceRevision;
import ru.nko42.portal.model.services.SocialService;
import ru.nko42.portal.model.services.SocialServiceForm;
import ru.nko42.portal.model.services.SocialServiceType;

/** Stores listings straight through JPA and reads their rows back with plain JDBC, past EclipseLink's caches. */
@Stateless
public class ListingModelFixture {

    private static final Set<String> ORDERED = Set.of(
            "social_service_location",
            "social_service_revision_phone",
            "social_service_revision_cost",
            "social_service_revision_document");

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Resource(lookup = "java:jboss/datasources/PortalDS")
    DataSource dataSource;

    /** A draft by a new account with two places, two phones, two prices and three documents; returns the revision's id. */
    public long draftWithEverything(String name) {
        Account author = new Account("listing-model-" + UUID.randomUUID() + "@example.org", "x", "Автор", "ru");
        em.persist(author);
        Municipality kemerovo = municipality("kemerovsky-go");
        Organization organization = new Organization(OrganizationKind.NGO, "АНО «" + name + "»", kemerovo);
        organization.setState(PublicationState.PUBLISHED);
        em.persist(organization);
        SocialService service = new SocialService(organization, name, null);
        em.persist(service);
        ServiceRevision revision = new ServiceRevision(service, 1, author);
        revision.getDetails().setName(name);
        revision.getDetails().setDescription("Помощь пожилым людям на дому");
        revision.getDetails().setFee(FeeKind.PARTLY_PAID);
        revision.getDetails().setMinimumAge(55);
        revision.setForms(Set.of(vocabulary(SocialServiceForm.class, "home")));
        revision.setTypes(Set.of(vocabulary(SocialServiceType.class, "household")));
        revision.setCategories(Set.of(vocabulary(RecipientCategory.class, "older-people")));
        revision.setServiceAreas(Set.of(kemerovo, municipality("topkinsky-mo")));
        revision.setLanguages(Set.of("ru", "rsl"));
        revision.setDocuments(List.of("паспорт", "СНИЛС", "справка об инвалидности"));
        revision.setPhones(List.of(new ServicePhone("+7 3842 00-00-01", "запись"), new ServicePhone("112", null)));
        revision.setCostOptions(
                List.of(new CostOption("час уборки", new BigDecimal("150.00")), new CostOption("по тарифу", null)));
        ServiceLocation first = revision.addLocation("Кемерово, ул. Весенняя, 5", kemerovo);
        first.setLatitude(55.35);
        first.setLongitude(86.08);
        first.setWheelchairAccessible(true);
        first.setScheduleJson("[]");
        revision.addLocation("Топки, ул. Луначарского, 1", municipality("topkinsky-mo"));
        em.persist(revision);
        em.flush();
        return revision.getId();
    }

    /** Starts the next draft from a revision, as an edit of a published listing does; returns its id. */
    public long nextDraft(long revisionId) {
        ServiceRevision revision = em.find(ServiceRevision.class, revisionId);
        ServiceRevision next = revision.nextDraft(revision.getAuthor());
        next.getLocations().remove(1);
        em.persist(next);
        em.flush();
        return next.getId();
    }

    /** Each column of a table for a revision, in position order, as "a|b|c" rows. */
    public List<String> rows(String table, String columns, long revisionId) throws SQLException {
        List<String> rows = new ArrayList<>();
        String order = ORDERED.contains(table) ? "position" : columns;
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("SELECT CONCAT_WS('|', " + columns + ") FROM "
                        + table + " WHERE revision_id = ? ORDER BY " + order)) {
            select.setLong(1, revisionId);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    rows.add(row.getString(1));
                }
            }
        }
        return rows;
    }

    private Municipality municipality(String code) {
        return em.createNamedQuery(Municipality.FIND_BY_CODE, Municipality.class)
                .setParameter("code", code)
                .getSingleResult();
    }

    private <T> T vocabulary(Class<T> type, String code) {
        return em.createQuery("SELECT e FROM " + type.getSimpleName() + " e WHERE e.code = :code", type)
                .setParameter("code", code)
                .getSingleResult();
    }
}
