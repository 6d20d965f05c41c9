package ru.nko42.portal.moderation.boundary;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import ru.nko42.portal.model.common.Bilingual;

/**
 * How many items wait in one municipality, and since when the oldest of them waits. A municipality id of
 * {@code null} stands for the region-wide items, which only administrators and regional moderators see.
 */
public record OpenInMunicipality(
        Long municipalityId, String nameRu, String nameEn, long open, Instant oldestSubmittedAt, Duration oldestWaiting)
        implements Serializable {

    public boolean regionWide() {
        return municipalityId == null;
    }

    /** The municipality's name in the reader's language; {@code null} for the region-wide items. */
    public String name(Locale locale) {
        return regionWide() ? null : Bilingual.pick(locale, nameRu, nameEn);
    }
}
