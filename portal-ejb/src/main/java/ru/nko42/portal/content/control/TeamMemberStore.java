package ru.nko42.portal.content.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import ru.nko42.portal.audit.control.Changes;
import ru.nko42.portal.common.boundary.FieldProblem;
import ru.nko42.portal.content.boundary.InvalidContentException;
import ru.nko42.portal.content.boundary.PieceDetails;
import ru.nko42.portal.content.boundary.TeamMemberDetails;
import ru.nko42.portal.model.content.ContentKind;
import ru.nko42.portal.model.content.ContentPiece;
import ru.nko42.portal.model.content.ContentTeamMember;

/** A team member's position and contacts; a member saved for the first time joins the end of the team's order. */
@ApplicationScoped
public class TeamMemberStore implements PieceDetailsStore {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Override
    public ContentKind kind() {
        return ContentKind.TEAM;
    }

    @Override
    public PieceDetails read(ContentPiece piece) {
        ContentTeamMember member = em.find(ContentTeamMember.class, piece.getId());
        return member == null
                ? new TeamMemberDetails(null, null, null)
                : new TeamMemberDetails(member.getPositionTitle(), member.getEmail(), member.getPhone());
    }

    @Override
    public void write(ContentPiece piece, PieceDetails details) {
        TeamMemberDetails typed = (TeamMemberDetails) details;
        List<FieldProblem> problems = new ArrayList<>();
        ProjectRules.tooLong(problems, "position", typed.position(), ContentTeamMember.POSITION_LENGTH);
        problems.addAll(ContactRules.check("email", typed.email(), "phone", typed.phone()));
        if (!problems.isEmpty()) {
            throw new InvalidContentException(problems);
        }
        ContentTeamMember member = joined(em, piece.getId());
        member.setPositionTitle(ContentRules.cleaned(typed.position()));
        member.setEmail(ContentRules.cleaned(typed.email()));
        member.setPhone(ContentRules.cleaned(typed.phone()));
    }

    @Override
    public Map<String, Object> auditFields(ContentPiece piece) {
        ContentTeamMember member = em.find(ContentTeamMember.class, piece.getId());
        return member == null
                ? Changes.of()
                : Changes.of(
                        "position", member.getPositionTitle(),
                        "email", member.getEmail(),
                        "phone", member.getPhone(),
                        "sortOrder", member.getSortOrder());
    }

    /** The member's row, made at the end of the team's order when the person has none yet. */
    public static ContentTeamMember joined(EntityManager em, long pieceId) {
        ContentTeamMember member = em.find(ContentTeamMember.class, pieceId);
        if (member == null) {
            Integer last = em.createNamedQuery(ContentTeamMember.MAX_ORDER, Integer.class)
                    .getSingleResult();
            member = new ContentTeamMember(pieceId, last == null ? 0 : last + 1);
            em.persist(member);
        }
        return member;
    }
}
