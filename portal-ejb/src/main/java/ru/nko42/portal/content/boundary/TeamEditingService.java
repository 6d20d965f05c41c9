package ru.nko42.portal.content.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import ru.nko42.portal.audit.boundary.AuditItem;
import ru.nko42.portal.audit.boundary.AuditLog;
import ru.nko42.portal.audit.control.Changes;
import ru.nko42.portal.common.boundary.InvalidInputException;
import ru.nko42.portal.common.control.PortalClock;
import ru.nko42.portal.content.control.TeamMemberStore;
import ru.nko42.portal.content.control.TeamOrder;
import ru.nko42.portal.model.content.ContentKind;
import ru.nko42.portal.model.content.ContentPiece;
import ru.nko42.portal.model.content.ContentState;
import ru.nko42.portal.model.content.ContentTeamMember;

/** The order of the team on the about page, as editors set it: one person a place up or down at a time, audited. */
@Stateless
@RolesAllowed({"EDITOR", "ADMIN"})
public class TeamEditingService {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    PortalClock clock;

    /** The team's pieces in one state or (null) all, in the team's order. */
    public List<PieceRow> ordered(ContentState state) {
        Instant now = clock.now();
        return team().stream()
                .filter(piece -> state == null || piece.getState() == state)
                .map(piece -> PieceRow.of(piece, now))
                .toList();
    }

    /** Moves a person one place up ({@code up}) or down in the team; at either end nothing changes. */
    public void move(long pieceId, boolean up) {
        List<ContentPiece> team = new ArrayList<>(team());
        int from = -1;
        for (int i = 0; i < team.size(); i++) {
            if (team.get(i).getId() == pieceId) {
                from = i;
            }
        }
        if (from < 0) {
            throw new InvalidInputException("content.error.missing");
        }
        int to = up ? from - 1 : from + 1;
        if (to < 0 || to >= team.size()) {
            return;
        }
        team.add(to, team.remove(from));
        for (int place = 0; place < team.size(); place++) {
            TeamMemberStore.joined(em, team.get(place).getId()).setSortOrder(place);
        }
        em.flush();
        audit.record(
                "content.team.move",
                AuditItem.CONTENT_PIECE,
                pieceId,
                Changes.of("teamPlace", from + 1),
                Changes.of("teamPlace", to + 1));
    }

    private List<ContentPiece> team() {
        List<ContentPiece> pieces = em.createNamedQuery(ContentPiece.FIND_BY_KIND, ContentPiece.class)
                .setParameter("kind", ContentKind.TEAM)
                .getResultList();
        Map<Long, ContentTeamMember> members = TeamOrder.members(em, pieces);
        return TeamOrder.sorted(pieces, members);
    }
}
