package ru.nko42.portal.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A municipality of Kuzbass as the project's seed file gives it (code, name, administrative centre, a point), with
 * a rough weight for how many services it has: the big cities far more than the rural okrugs.
 */
record Municipality(String code, String name, String centre, double latitude, double longitude, double weight) {

    /** The seed file the V1 migration loads, relative to the repository root. */
    static final String SEED = "portal-ejb/src/main/resources/db/seed/kuzbass-municipalities.csv";

    /** About the population in tens of thousands; the rest weigh 1. */
    private static final Map<String, Double> WEIGHTS = Map.ofEntries(
            Map.entry("kemerovsky-go", 55.0),
            Map.entry("novokuznetsky-go", 54.0),
            Map.entry("prokopyevsky-go", 18.0),
            Map.entry("mezhdurechensky-go", 9.5),
            Map.entry("leninsk-kuznetsky-go", 9.0),
            Map.entry("kiselevsky-go", 8.5),
            Map.entry("yurginsky-go", 8.0),
            Map.entry("belovsky-go", 7.0),
            Map.entry("anzhero-sudzhensky-go", 7.0),
            Map.entry("berezovsky-go", 4.5),
            Map.entry("osinnikovsky-go", 4.0),
            Map.entry("myskovsky-go", 4.0),
            Map.entry("tashtagolsky-mr", 5.0),
            Map.entry("mariinsky-mo", 3.5),
            Map.entry("polysaevsky-go", 2.5),
            Map.entry("topkinsky-mo", 2.5),
            Map.entry("kaltansky-go", 2.0),
            Map.entry("taiginsky-go", 2.0),
            Map.entry("guryevsky-mo", 2.0));

    /** The municipalities of the seed file, in its order. */
    static List<Municipality> load(Path repository) {
        try {
            List<String> lines = Files.readAllLines(repository.resolve(SEED), StandardCharsets.UTF_8);
            return lines.stream()
                    .skip(1)
                    .filter(line -> !line.isBlank())
                    .map(line -> line.split(",", -1))
                    .map(cells -> new Municipality(
                            cells[0],
                            cells[1],
                            cells[4],
                            Double.parseDouble(cells[5]),
                            Double.parseDouble(cells[6]),
                            WEIGHTS.getOrDefault(cells[0], 1.0)))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
