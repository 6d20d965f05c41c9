package ru.nko42.portal.it.account;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Looks at and ages account rows directly in the database, past the service under test. */
@Stateless
public class AccountFixture {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    public long accountsWith(String email) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM account WHERE email = ?1")
                        .setParameter(1, email)
                        .getSingleResult())
                .longValue();
    }

    public String storedPasswordHash(String email) {
        return (String) em.createNativeQuery("SELECT password_hash FROM account WHERE email = ?1")
                .setParameter(1, email)
                .getSingleResult();
    }

    public void expireLinksOf(String email) {
        em.createNativeQuery("UPDATE account_token t JOIN account a ON a.id = t.account_id"
                        + " SET t.expires_at = NOW(6) - INTERVAL 1 SECOND WHERE a.email = ?1")
                .setParameter(1, email)
                .executeUpdate();
    }
}
