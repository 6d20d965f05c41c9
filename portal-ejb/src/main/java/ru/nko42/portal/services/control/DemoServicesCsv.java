package ru.nko42.portal.services.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The demo services of the embedded default, {@value #RESOURCE}: one service a row, of a demo organization named by
 * its short name, with its place, hours ({@link DemoHours}), vocabulary codes ({@code |} between several), languages,
 * documents and phone. Written for the portal; every name, address and phone is invented.
 */
public final class DemoServicesCsv {

    public static final String RESOURCE = "db/demo/services.csv";

    /** One row. */
    public record DemoService(
            String organization,
            String name,
            String description,
            String howToApply,
            String eligibility,
            String fee,
            String feesDescription,
            String address,
            String municipality,
            double latitude,
            double longitude,
            boolean accessible,
            String placeHours,
            String serviceHours,
            List<String> types,
            List<String> forms,
            List<String> categories,
            List<String> languages,
            List<String> documents,
            String phone,
            List<String> serviceAreas) {}

    private DemoServicesCsv() {}

    public static List<DemoService> fromClassPath() {
        try (InputStream in = DemoServicesCsv.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the class path");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @throws IllegalArgumentException naming the line of the first row that cannot be read */
    public static List<DemoService> parse(String text) {
        List<String> lines = text.lines().filter(line -> !line.isBlank()).toList();
        List<String> header = fields(lines.get(0));
        Map<String, Integer> column =
                IntStream.range(0, header.size()).boxed().collect(Collectors.toMap(header::get, Function.identity()));
        List<DemoService> services = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            List<String> f = fields(lines.get(i));
            if (f.size() != header.size()) {
                throw new IllegalArgumentException("Line " + (i + 1) + ": " + f.size() + " fields");
            }
            Function<String, String> v = name -> f.get(column.get(name)).strip();
            services.add(new DemoService(
                    v.apply("organization"),
                    v.apply("name"),
                    v.apply("description"),
                    v.apply("how_to_apply"),
                    v.apply("eligibility"),
                    v.apply("fee"),
                    v.apply("fees_description"),
                    v.apply("address"),
                    v.apply("municipality"),
                    Double.parseDouble(v.apply("latitude")),
                    Double.parseDouble(v.apply("longitude")),
                    Boolean.parseBoolean(v.apply("accessible")),
                    v.apply("hours"),
                    v.apply("service_hours"),
                    list(v.apply("types")),
                    list(v.apply("forms")),
                    list(v.apply("categories")),
                    list(v.apply("languages")),
                    list(v.apply("documents")),
                    v.apply("phone"),
                    list(v.apply("service_areas"))));
        }
        return services;
    }

    private static List<String> list(String text) {
        return text.isBlank()
                ? List.of()
                : Arrays.stream(text.split("\\|")).map(String::strip).toList();
    }

    /** The fields of one line: commas between them, quotes around those with commas, "" for a quote. */
    private static List<String> fields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                field.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}
