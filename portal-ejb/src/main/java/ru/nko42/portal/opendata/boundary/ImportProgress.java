package ru.nko42.portal.opendata.boundary;

import java.io.Serializable;

/**
 * How far a background import is: records done of the total, whether it has finished, and the report so far (the
 * whole report once finished).
 */
public record ImportProgress(String runId, int done, int total, boolean finished, ImportReport report)
        implements Serializable {

    /** Done in percent, 0 to 100. */
    public int percent() {
        return total == 0 ? 100 : (int) (100L * done / total);
    }
}
