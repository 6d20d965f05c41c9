package ru.nko42.portal.it.directory;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import ru.nko42.portal.model.directory.Municipality;
import ru.nko42.portal.model.directory.Organization;
import ru.nko42.portal.model.directory.OrganizationKind;
import ru.nko42.portal.model.directory.PublicationState;

/** Makes the organizations a test needs, and reads columns back with plain JDBC, past EclipseLink's caches. */
@Stateless
public class OrganizationFixture {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Resource(lookup = "java:jboss/datasources/PortalDS")
    DataSource dataSource;

    public long create(String fullName, String municipalityCode, PublicationState state) {
        Municipality municipality = em.createNamedQuery(Municipality.FIND_BY_CODE, Municipality.class)
                .setParameter("code", municipalityCode)
                .getSingleResult();
        Organization organization = new Organization(OrganizationKind.NGO, fullName, municipality);
        organization.setState(state);
        em.persist(organization);
        em.flush();
        return organization.getId();
    }

    public String fullNameInDatabase(long id) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select =
                        connection.prepareStatement("SELECT full_name FROM organization WHERE id = ?")) {
            select.setLong(1, id);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? row.getString(1) : null;
            }
        }
    }

    public String fullNameThroughJpa(long id) {
        em.getEntityManagerFactory().getCache().evict(Organization.class);
        return em.find(Organization.class, id).getFullName();
    }

    public String providerFactoryClass() {
        return em.getEntityManagerFactory().getClass().getName();
    }
}
