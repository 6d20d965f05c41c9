package ru.nko42.portal.content.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import ru.nko42.portal.audit.control.Changes;
import ru.nko42.portal.common.boundary.FieldProblem;
import ru.nko42.portal.content.boundary.InvalidContentException;
import ru.nko42.portal.content.boundary.PieceDetails;
import ru.nko42.portal.content.boundary.ProjectDetails;
import ru.nko42.portal.model.content.ContentKind;
import ru.nko42.portal.model.content.ContentPiece;
import ru.nko42.portal.model.content.ContentProject;
import ru.nko42.portal.model.directory.PublicationState;

/** A project's funder, grant, period, goals, results and partners; partners must be published organizations. */
@ApplicationScoped
public class ProjectDetailsStore implements PieceDetailsStore {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Override
    public ContentKind kind() {
        return ContentKind.PROJECT;
    }

    @Override
    public PieceDetails read(ContentPiece piece) {
        ContentProject project = em.find(ContentProject.class, piece.getId());
        return project == null ? ProjectDetails.none() : details(project);
    }

    @Override
    public void write(ContentPiece piece, PieceDetails details) {
        ProjectDetails typed = (ProjectDetails) details;
        List<FieldProblem> problems = new ArrayList<>(ProjectRules.check(typed));
        Set<Long> partners = new TreeSet<>(typed.partnerIds());
        if (!partners.isEmpty() && publishedOrganizations(partners) != partners.size()) {
            problems.add(FieldProblem.of("partners", "content.error.project.partners.unpublished"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidContentException(problems);
        }
        ContentProject project = em.find(ContentProject.class, piece.getId());
        if (project == null) {
            project = new ContentProject(piece.getId());
            em.persist(project);
        }
        project.setFunder(ContentRules.cleaned(typed.funder()));
        project.setGrantNumber(ContentRules.cleaned(typed.grantNumber()));
        project.setPeriodFrom(typed.periodFrom());
        project.setPeriodTo(typed.periodTo());
        project.setGoals(ContentRules.cleaned(typed.goals()));
        project.setResults(ContentRules.cleaned(typed.results()));
        project.setPartnerIds(partners);
    }

    @Override
    public Map<String, Object> auditFields(ContentPiece piece) {
        ContentProject project = em.find(ContentProject.class, piece.getId());
        if (project == null) {
            return Changes.of();
        }
        ProjectDetails details = details(project);
        return Changes.of(
                "funder", details.funder(),
                "grantNumber", details.grantNumber(),
                "periodFrom", details.periodFrom(),
                "periodTo", details.periodTo(),
                "goalsLength", details.goals() == null ? 0 : details.goals().length(),
                "resultsLength",
                        details.results() == null ? 0 : details.results().length(),
                "partnerIds", details.partnerIds());
    }

    private long publishedOrganizations(Set<Long> ids) {
        return em.createQuery(
                        "SELECT COUNT(o) FROM Organization o WHERE o.id IN :ids AND o.state = :published", Long.class)
                .setParameter("ids", ids)
                .setParameter("published", PublicationState.PUBLISHED)
                .getSingleResult();
    }

    static ProjectDetails details(ContentProject project) {
        return new ProjectDetails(
                project.getFunder(),
                project.getGrantNumber(),
                project.getPeriodFrom(),
                project.getPeriodTo(),
                project.getGoals(),
                project.getResults(),
                List.copyOf(project.getPartnerIds()));
    }
}
