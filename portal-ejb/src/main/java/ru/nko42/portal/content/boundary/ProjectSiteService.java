package ru.nko42.portal.content.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import ru.nko42.portal.common.control.PortalClock;
import ru.nko42.portal.content.control.ProjectRules;
import ru.nko42.portal.directory.boundary.PublicProfile;
import ru.nko42.portal.model.content.ContentKind;
import ru.nko42.portal.model.content.ContentProject;
import ru.nko42.portal.model.directory.Organization;
import ru.nko42.portal.model.directory.PublicationState;

/**
 * The centre's projects as visitors see them: the current ones (their grant period not over in Kuzbass today, the
 * latest started first) and the archive (the latest ended first); a project's page with its partners published in
 * the directory and its public news and events.
 */
@Stateless
@PermitAll
public class ProjectSiteService {

    /** The most news and events a project's page lists of each. */
    static final int PIECES_OF_PROJECT = 20;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    PortalClock clock;

    @Inject
    ContentSiteService site;

    /** Up to {@code count} public projects still running, the latest started first. */
    public List<ProjectCard> current(int count) {
        return cards().stream()
                .filter(ProjectCard::current)
                .sorted(Comparator.comparing(ProjectCard::periodFrom, Comparator.nullsLast(Comparator.reverseOrder())))
                .limit(count)
                .toList();
    }

    /** The public projects whose period is over, the latest ended first. */
    public List<ProjectCard> archive() {
        return cards().stream()
                .filter(card -> !card.current())
                .sorted(Comparator.comparing(ProjectCard::periodTo, Comparator.reverseOrder()))
                .toList();
    }

    /** The page of a public project, found by {@link ContentSiteService#find}. */
    public ProjectPage page(PublicPiece project) {
        ContentProject details = em.find(ContentProject.class, project.id());
        ProjectCard card = card(project, details, clock.now());
        List<PartnerLink> partners = details == null ? List.of() : partners(details);
        return new ProjectPage(
                card,
                details == null ? null : details.getGrantNumber(),
                details == null ? null : details.getGoals(),
                details == null ? null : details.getResults(),
                partners,
                site.page(ContentKind.NEWS, null, project.id(), 0, PIECES_OF_PROJECT)
                        .pieces(),
                site.page(ContentKind.EVENT, null, project.id(), 0, PIECES_OF_PROJECT)
                        .pieces());
    }

    private List<ProjectCard> cards() {
        Instant now = clock.now();
        List<PublicPiece> projects = site.page(ContentKind.PROJECT, null, 0, ContentSiteService.MAX_PAGE_SIZE)
                .pieces();
        if (projects.isEmpty()) {
            return List.of();
        }
        Map<Long, ContentProject> details = em.createNamedQuery(ContentProject.FIND_BY_IDS, ContentProject.class)
                .setParameter("ids", projects.stream().map(PublicPiece::id).toList())
                .getResultStream()
                .collect(Collectors.toMap(ContentProject::getPieceId, Function.identity()));
        return projects.stream()
                .map(piece -> card(piece, details.get(piece.id()), now))
                .toList();
    }

    private static ProjectCard card(PublicPiece piece, ContentProject details, Instant now) {
        LocalDate to = details == null ? null : details.getPeriodTo();
        return new ProjectCard(
                piece,
                details == null ? null : details.getFunder(),
                details == null ? null : details.getPeriodFrom(),
                to,
                ProjectRules.isCurrent(to, now));
    }

    /** The project's partners that are published in the directory now, by name. */
    private List<PartnerLink> partners(ContentProject details) {
        if (details.getPartnerIds().isEmpty()) {
            return List.of();
        }
        return em.createQuery(
                        "SELECT o FROM Organization o WHERE o.id IN :ids AND o.state = :published", Organization.class)
                .setParameter("ids", details.getPartnerIds())
                .setParameter("published", PublicationState.PUBLISHED)
                .getResultStream()
                .map(o -> new PartnerLink(o.getId(), o.displayName(), PublicProfile.pathOf(o.getId(), o.getSlug())))
                .sorted(Comparator.comparing(PartnerLink::name))
                .toList();
    }
}
