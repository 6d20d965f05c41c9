package ru.nko42.portal.moderation.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import ru.nko42.portal.account.control.ModeratorScope;
import ru.nko42.portal.account.control.MunicipalityScope;
import ru.nko42.portal.common.boundary.InvalidInputException;
import ru.nko42.portal.moderation.control.StatsQuery;
import ru.nko42.portal.moderation.control.StatsWeeks;
import ru.nko42.portal.moderation.control.WeeklyDecisions;

/**
 * The moderation dashboard's numbers, within the caller's municipalities only: the items decided in each of the
 * last weeks (Monday-based, Kuzbass time) by decision, the median time from submission to decision, and the items
 * waiting now by municipality.
 */
@Stateless
@RolesAllowed({"ADMIN", "MODERATOR"})
public class ModerationStatsService {

    public static final int DEFAULT_WEEKS = 12;
    public static final int MAX_WEEKS = 53;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    ModeratorScope scope;

    Clock clock = Clock.systemUTC();

    /** The numbers of the last {@value #DEFAULT_WEEKS} weeks. */
    public ModerationStats stats() {
        return stats(DEFAULT_WEEKS);
    }

    /**
     * The numbers of the last {@code weeks} weeks, the current one included.
     *
     * @throws InvalidInputException unless 1 &lt;= weeks &lt;= {@value #MAX_WEEKS}
     */
    public ModerationStats stats(int weeks) {
        if (weeks < 1 || weeks > MAX_WEEKS) {
            throw new InvalidInputException("moderation.stats.error.weeks");
        }
        MunicipalityScope mine = scope.ofCaller();
        Instant now = clock.instant();
        StatsWeeks period = StatsWeeks.ending(now, weeks);
        WeeklyDecisions decisions = new WeeklyDecisions(period);
        if (mine.isEmpty()) {
            return new ModerationStats(decisions.weeks(), 0, null, List.of());
        }
        StatsQuery.decided(em, mine, period.start(), now)
                .forEach(item -> decisions.add(item.submittedAt(), item.decidedAt(), item.decision()));
        return new ModerationStats(
                decisions.weeks(), decisions.count(), decisions.median(), StatsQuery.openByMunicipality(em, mine, now));
    }
}
