package ru.nko42.portal.content.control;

import jakarta.persistence.EntityManager;
import ru.nko42.portal.model.account.Account;
import ru.nko42.portal.model.content.ContentKind;
import ru.nko42.portal.model.content.ContentPiece;

/** What the demo loaders of the centre's site ask before they load: whether a section is empty, and who publishes. */
public final class DemoSections {

    /** The demo editor, named as the one who published the demo pieces (none if the account is missing). */
    static final String EDITOR_EMAIL = "editor@nko42.example";

    private DemoSections() {}

    /** Whether there is any piece of {@code kind}, in whatever state: a section with one is not the demo's to fill. */
    public static boolean holdsAny(EntityManager em, ContentKind kind) {
        return em.createNamedQuery(ContentPiece.FIND_BY_KIND, ContentPiece.class)
                .setParameter("kind", kind)
                .setMaxResults(1)
                .getResultStream()
                .findAny()
                .isPresent();
    }

    /** The demo editor's account, or null where it is missing. */
    public static Account editor(EntityManager em) {
        return em.createNamedQuery(Account.FIND_BY_EMAIL, Account.class)
                .setParameter("email", EDITOR_EMAIL)
                .getResultStream()
                .findFirst()
                .orElse(null);
    }
}
