package ru.nko42.portal.it.directory;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import javax.imageio.ImageIO;
import ru.nko42.portal.directory.control.LogoStore;
import ru.nko42.portal.directory.control.Slug;
import ru.nko42.portal.model.account.Account;
import ru.nko42.portal.model.common.ReferenceEntry;
import ru.nko42.portal.model.directory.ActivityArea;
import ru.nko42.portal.model.directory.LegalForm;
import ru.nko42.portal.model.directory.Municipality;
import ru.nko42.portal.model.directory.Organization;
import ru.nko42.portal.model.directory.OrganizationDetails;
import ru.nko42.portal.model.directory.OrganizationKind;
import ru.nko42.portal.model.directory.OrganizationRevision;
import ru.nko42.portal.model.directory.RevisionState;
import ru.nko42.portal.model.directory.TargetGroup;

/**
 * Puts organizations straight into the database as the public pages find them: a first revision by a fresh account,
 * published (as a moderator's approval leaves it) or left a draft.
 */
@Stateless
public class PublicDirectoryFixture {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    /** The id and slug of the organization made; the fields are those of {@link OrganizationSpec}. */
    public String create(Map<String, String> fields, List<String> areas, List<String> groups) {
        Account author = new Account(
                "directory-pages-" + UUID.randomUUID() + "@example.org", "not-a-password-hash", "Автор профиля", "ru");
        em.persist(author);
        Municipality municipality = em.createNamedQuery(Municipality.FIND_BY_CODE, Municipality.class)
                .setParameter("code", fields.get("municipality"))
                .getSingleResult();
        OrganizationDetails details = details(fields);
        Organization organization = new Organization(details.getKind(), details.getFullName(), municipality);
        OrganizationRevision revision = new OrganizationRevision(organization, 1, author);
        revision.edit(
                details,
                fields.containsKey("legalForm")
                        ? byCode(LegalForm.class, List.of(fields.get("legalForm")))
                                .iterator()
                                .next()
                        : null,
                municipality,
                byCode(ActivityArea.class, areas),
                byCode(TargetGroup.class, groups),
                author);
        if (Boolean.parseBoolean(fields.get("logo"))) {
            revision.setLogoKey(LogoStore.ofInstallation().store(png()));
        }
        String slug = Slug.of(details.displayName());
        organization.listFrom(revision, slug);
        em.persist(organization);
        em.persist(revision);
        // the organization and its revision point at each other: the published one is set once both rows exist
        em.flush();
        if (!"DRAFT".equals(fields.get("state"))) {
            Instant now = Instant.now();
            revision.submitted(now);
            revision.decided(RevisionState.PUBLISHED, author, now, null);
            organization.publish(revision, slug);
            em.flush();
        }
        return organization.getId() + " " + organization.getSlug();
    }

    private static OrganizationDetails details(Map<String, String> fields) {
        OrganizationDetails details = new OrganizationDetails();
        details.setKind(OrganizationKind.valueOf(fields.get("kind")));
        details.setFullName(fields.get("fullName"));
        details.setShortName(fields.get("shortName"));
        details.setInn(fields.get("inn"));
        details.setOgrn(fields.get("ogrn"));
        details.setKpp(fields.get("kpp"));
        details.setPostalAddress(fields.get("postalAddress"));
        details.setLatitude(number(fields.get("latitude"), Double::valueOf));
        details.setLongitude(number(fields.get("longitude"), Double::valueOf));
        details.setPhone(fields.get("phone"));
        details.setEmail(fields.get("email"));
        details.setWebsite(fields.get("website"));
        details.setVkLink(fields.get("vkLink"));
        details.setTelegramLink(fields.get("telegramLink"));
        details.setOkLink(fields.get("okLink"));
        details.setHeadName(fields.get("headName"));
        details.setDescription(fields.get("description"));
        details.setYearFounded(number(fields.get("yearFounded"), Integer::valueOf));
        details.setTosTerritory(fields.get("tosTerritory"));
        details.setTosResidents(number(fields.get("tosResidents"), Integer::valueOf));
        details.setTosFoundingMeeting(number(fields.get("tosFoundingMeeting"), LocalDate::parse));
        details.setTosLegalEntity(Boolean.parseBoolean(fields.get("tosLegalEntity")));
        details.setTosChairman(fields.get("tosChairman"));
        return details;
    }

    private <E extends ReferenceEntry> Set<E> byCode(Class<E> type, List<String> codes) {
        if (codes.isEmpty()) {
            return Set.of();
        }
        return new LinkedHashSet<>(em.createQuery(
                        "SELECT e FROM " + type.getSimpleName() + " e WHERE e.code IN :codes ORDER BY e.position", type)
                .setParameter("codes", codes)
                .getResultList());
    }

    private static <T> T number(String value, Function<String, T> parse) {
        return value == null ? null : parse.apply(value);
    }

    private static byte[] png() {
        BufferedImage picture = new BufferedImage(48, 48, BufferedImage.TYPE_INT_ARGB);
        Graphics2D graphics = picture.createGraphics();
        graphics.setColor(new Color(0x0b5d8f));
        graphics.fillOval(4, 4, 40, 40);
        graphics.dispose();
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(picture, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
