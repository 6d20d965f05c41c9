package ru.nko42.portal.content.boundary;

import java.time.LocalDate;
import java.util.List;

/**
 * A project's own fields: the funder (free text), the grant's number (optional), the grant period (dates in Kuzbass;
 * the project is current until its last day has passed), goals, results and the ids of its partner organizations,
 * published ones of the directory.
 */
public record ProjectDetails(
        String funder,
        String grantNumber,
        LocalDate periodFrom,
        LocalDate periodTo,
        String goals,
        String results,
        List<Long> partnerIds)
        implements PieceDetails {

    public ProjectDetails {
        partnerIds = partnerIds == null ? List.of() : List.copyOf(partnerIds);
    }

    /** The details of a project nobody has described yet. */
    public static ProjectDetails none() {
        return new ProjectDetails(null, null, null, null, null, null, List.of());
    }
}
