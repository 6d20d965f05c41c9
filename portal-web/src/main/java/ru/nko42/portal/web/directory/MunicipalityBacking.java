package ru.nko42.portal.web.directory;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;
import ru.nko42.portal.directory.boundary.DirectoryOverviewService;
import ru.nko42.portal.directory.boundary.MunicipalitySummary;

/** One municipality, addressed as {@code /municipality?code=...}. */
@Named
@RequestScoped
public class MunicipalityBacking {

    @Inject
    DirectoryOverviewService directory;

    @Inject
    @Param(name = "code")
    String code;

    private MunicipalitySummary municipality;

    /** Called on page load; an unknown code is a 404, not an empty page. */
    public void load() throws IOException {
        municipality = code == null ? null : directory.municipality(code).orElse(null);
        if (municipality == null) {
            Faces.responseSendError(404, code == null ? "" : code);
        }
    }

    public MunicipalitySummary getMunicipality() {
        return municipality;
    }
}
