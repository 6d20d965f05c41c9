package ru.nko42.portal.content.control;

import jakarta.persistence.EntityManager;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import ru.nko42.portal.model.content.ContentPiece;
import ru.nko42.portal.model.content.ContentTeamMember;

/**
 * The order editors gave the team: ascending by each member's place, people without one (never saved with their
 * details) last, ties by the piece's id, so the order is stable.
 */
public final class TeamOrder {

    private TeamOrder() {}

    /** The members' rows of {@code pieces}, by piece id. */
    public static Map<Long, ContentTeamMember> members(EntityManager em, List<ContentPiece> pieces) {
        if (pieces.isEmpty()) {
            return Map.of();
        }
        return em.createNamedQuery(ContentTeamMember.FIND_BY_IDS, ContentTeamMember.class)
                .setParameter("ids", pieces.stream().map(ContentPiece::getId).toList())
                .getResultStream()
                .collect(Collectors.toMap(ContentTeamMember::getPieceId, Function.identity()));
    }

    /** {@code pieces} in the team's order. */
    public static List<ContentPiece> sorted(List<ContentPiece> pieces, Map<Long, ContentTeamMember> members) {
        Comparator<ContentPiece> byPlace = Comparator.comparingInt(piece -> {
            ContentTeamMember member = members.get(piece.getId());
            return member == null ? Integer.MAX_VALUE : member.getSortOrder();
        });
        return pieces.stream()
                .sorted(byPlace.thenComparing(ContentPiece::getId))
                .toList();
    }
}
