package ru.nko42.portal.opendata.control;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;

/**
 * The HSDS 3.0 CSV data package (the tabular form of the specification: a zip of {@code datapackage.json} and one
 * CSV file a table) written from, and read into, HSDS documents.
 */
public final class HsdsDataPackage {

    /**
     * What a data package holds, as HSDS documents.
     *
     * @param organizations organization documents (compiled/organization.json), without their services
     * @param services full service documents (compiled/service.json): {@code organization_id} and the nested
     *     {@code service_at_locations} (with their locations), phones, schedules, cost options, languages, service
     *     areas, required documents, attributes (taxonomy terms), contacts
     */
    public record Contents(List<JsonObject> organizations, List<JsonObject> services) {}

    private HsdsDataPackage() {}

    /** Writes the documents as a data package (a zip) to the stream, which stays open. */
    public static void write(Contents contents, OutputStream zip) throws IOException {
        throw new UnsupportedOperationException("not yet");
    }

    /**
     * Reads a data package (a zip) from the stream.
     *
     * @throws HsdsFormatException when it is not a data package of HSDS tables (not a zip, no {@code services.csv},
     *     a table whose header it cannot read)
     */
    public static Contents read(InputStream zip) throws IOException {
        throw new UnsupportedOperationException("not yet");
    }
}
