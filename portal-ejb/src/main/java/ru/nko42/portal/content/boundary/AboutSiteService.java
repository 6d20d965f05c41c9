package ru.nko42.portal.content.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import ru.nko42.portal.content.control.AboutDetailsStore;
import ru.nko42.portal.content.control.TeamOrder;
import ru.nko42.portal.model.content.ContentAbout;
import ru.nko42.portal.model.content.ContentKind;
import ru.nko42.portal.model.content.ContentPiece;
import ru.nko42.portal.model.content.ContentTeamMember;

/** The about page as visitors see it: the latest public about text with its contacts, and the public team in order. */
@Stateless
@PermitAll
public class AboutSiteService {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    ContentSiteService site;

    public AboutPage page() {
        PublicPiece about =
                site.latest(ContentKind.ABOUT, 1).stream().findFirst().orElse(null);
        AboutDetails contacts =
                about == null ? null : AboutDetailsStore.details(em.find(ContentAbout.class, about.id()));
        return new AboutPage(about, contacts, team());
    }

    private List<TeamMemberCard> team() {
        List<Long> ids = site.page(ContentKind.TEAM, null, 0, ContentSiteService.MAX_PAGE_SIZE).pieces().stream()
                .map(PublicPiece::id)
                .toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        List<ContentPiece> pieces = em.createNamedQuery(ContentPiece.FIND_BY_IDS, ContentPiece.class)
                .setParameter("ids", ids)
                .getResultList();
        Map<Long, ContentTeamMember> members = TeamOrder.members(em, pieces);
        return TeamOrder.sorted(pieces, members).stream()
                .map(piece -> card(piece, members.get(piece.getId())))
                .toList();
    }

    private static TeamMemberCard card(ContentPiece piece, ContentTeamMember member) {
        return member == null
                ? new TeamMemberCard(PublicPiece.of(piece), null, null, null)
                : new TeamMemberCard(
                        PublicPiece.of(piece), member.getPositionTitle(), member.getEmail(), member.getPhone());
    }
}
