package ru.nko42.portal.content.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Comparator;
import java.util.List;
import ru.nko42.portal.model.content.ContentKind;
import ru.nko42.portal.model.content.ContentPiece;
import ru.nko42.portal.model.directory.Organization;
import ru.nko42.portal.model.directory.PublicationState;

/** What the editors' forms choose from: the projects a news item or an event may belong to, a project's partners. */
@Stateless
@RolesAllowed({"EDITOR", "ADMIN"})
public class ProjectEditingService {

    /** The most organizations the partners' select offers. */
    static final int MAX_PARTNER_CHOICES = 2000;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    /** Every project, whatever its state, by title. */
    public List<Choice> projects() {
        return em.createNamedQuery(ContentPiece.FIND_BY_KIND, ContentPiece.class)
                .setParameter("kind", ContentKind.PROJECT)
                .getResultStream()
                .map(piece -> new Choice(piece.getId(), piece.getTitle()))
                .sorted(Comparator.comparing(Choice::label))
                .toList();
    }

    /** The organizations published in the directory, the only ones a project may name as partners, by name. */
    public List<Choice> partners() {
        return em.createQuery("SELECT o FROM Organization o WHERE o.state = :published", Organization.class)
                .setParameter("published", PublicationState.PUBLISHED)
                .setMaxResults(MAX_PARTNER_CHOICES)
                .getResultStream()
                .map(o -> new Choice(o.getId(), o.displayName()))
                .sorted(Comparator.comparing(Choice::label))
                .toList();
    }
}
