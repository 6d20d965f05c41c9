package ru.nko42.portal.content.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import ru.nko42.portal.audit.control.Changes;
import ru.nko42.portal.common.boundary.FieldProblem;
import ru.nko42.portal.content.boundary.AboutDetails;
import ru.nko42.portal.content.boundary.InvalidContentException;
import ru.nko42.portal.content.boundary.PieceDetails;
import ru.nko42.portal.model.content.ContentAbout;
import ru.nko42.portal.model.content.ContentKind;
import ru.nko42.portal.model.content.ContentPiece;

/** The contacts of the about page. */
@ApplicationScoped
public class AboutDetailsStore implements PieceDetailsStore {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Override
    public ContentKind kind() {
        return ContentKind.ABOUT;
    }

    @Override
    public PieceDetails read(ContentPiece piece) {
        return details(em.find(ContentAbout.class, piece.getId()));
    }

    @Override
    public void write(ContentPiece piece, PieceDetails details) {
        AboutDetails typed = (AboutDetails) details;
        List<FieldProblem> problems = new ArrayList<>();
        ProjectRules.tooLong(problems, "aboutAddress", typed.address(), ContentAbout.ADDRESS_LENGTH);
        ProjectRules.tooLong(problems, "aboutHours", typed.hours(), ContentAbout.HOURS_LENGTH);
        problems.addAll(ContactRules.check("aboutEmail", typed.email(), "aboutPhone", typed.phone()));
        if (!problems.isEmpty()) {
            throw new InvalidContentException(problems);
        }
        ContentAbout about = em.find(ContentAbout.class, piece.getId());
        if (about == null) {
            about = new ContentAbout(piece.getId());
            em.persist(about);
        }
        about.setAddress(ContentRules.cleaned(typed.address()));
        about.setPhone(ContentRules.cleaned(typed.phone()));
        about.setEmail(ContentRules.cleaned(typed.email()));
        about.setHours(ContentRules.cleaned(typed.hours()));
    }

    @Override
    public Map<String, Object> auditFields(ContentPiece piece) {
        AboutDetails details = (AboutDetails) read(piece);
        return Changes.of(
                "address", details.address(),
                "phone", details.phone(),
                "email", details.email(),
                "hours", details.hours());
    }

    /** The contacts as stored, empty ones for a piece without any. */
    public static AboutDetails details(ContentAbout about) {
        return about == null
                ? new AboutDetails(null, null, null, null)
                : new AboutDetails(about.getAddress(), about.getPhone(), about.getEmail(), about.getHours());
    }
}
