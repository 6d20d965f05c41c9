package ru.nko42.portal.it.services;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import ru.nko42.portal.model.account.Account;
import ru.nko42.portal.model.directory.Municipality;
import ru.nko42.portal.model.directory.Organization;
import ru.nko42.portal.model.directory.OrganizationKind;
import ru.nko42.portal.model.directory.PublicationState;
import ru.nko42.portal.model.directory.Representative;

/** Makes published organizations with a representative, and reads rows back with plain JDBC, past the caches. */
@Stateless
@PermitAll
public class ServiceFixture {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Resource(lookup = "java:jboss/datasources/PortalDS")
    DataSource dataSource;

    /** A published NGO in the municipality, represented by the account with this address; returns its id. */
    public long publishedOrganization(String name, String municipalityCode, String representativeEmail) {
        Municipality municipality = em.createNamedQuery(Municipality.FIND_BY_CODE, Municipality.class)
                .setParameter("code", municipalityCode)
                .getSingleResult();
        Organization organization = new Organization(OrganizationKind.NGO, name, municipality);
        organization.setState(PublicationState.PUBLISHED);
        em.persist(organization);
        Account account = em.createNamedQuery(Account.FIND_BY_EMAIL, Account.class)
                .setParameter("email", representativeEmail)
                .getSingleResult();
        em.persist(new Representative(organization, account));
        em.flush();
        return organization.getId();
    }

    /** The rows of a query with one parameter, each as its columns joined by "|". */
    public List<String> rows(String sql, Object parameter) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(sql)) {
            select.setObject(1, parameter);
            try (ResultSet row = select.executeQuery()) {
                List<String> rows = new ArrayList<>();
                int columns = row.getMetaData().getColumnCount();
                while (row.next()) {
                    List<String> values = new ArrayList<>();
                    for (int i = 1; i <= columns; i++) {
                        values.add(String.valueOf(row.getObject(i)));
                    }
                    rows.add(String.join("|", values));
                }
                return rows;
            }
        }
    }

    public long count(String sql, Object parameter) throws SQLException {
        return Long.parseLong(rows(sql, parameter).get(0));
    }
}
