package ru.nko42.portal.directory.boundary;

import java.io.Serializable;
import java.util.List;

/** The directory in numbers, for the home page. */
public record DirectorySummary(long publishedOrganizations, List<MunicipalitySummary> municipalities)
        implements Serializable {

    public int municipalityCount() {
        return municipalities.size();
    }
}
