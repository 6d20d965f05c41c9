package ru.nko42.portal.opendata.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/** How the data package is written and how tolerantly, and how strictly, it is read. */
class HsdsDataPackageFormatTest {

    private static final String SERVICE = "0b3a5a0e-4d8c-4b53-9a36-1f4b0d6f1a11";
    private static final String ORGANIZATION = "5a0b7f3e-2c1d-4e8f-9b6a-3d2c1b0a9f88";
    private static final String LOCATION = "9c8b7a6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d";

    @Test
    void tablesAreFoundByTheirHeadersInAnyColumnOrderWithAByteOrderMarkInAFolderWithoutTheOtherTables()
            throws IOException {
        byte[] zip = zip(Map.of(
                "export/services.csv",
                "\uFEFFstatus,name,id,organization_id,minimum_age,unknown_column\r\n"
                        + "active,\"Горячее питание, \"\"на дому\"\"\nи доставка\"," + SERVICE + "," + ORGANIZATION
                        + ",65,x\r\n",
                "export/organizations.csv",
                "description,id,name\n\"АНО «Забота»\",\"" + ORGANIZATION + "\",Забота\n",
                "export/service_at_locations.csv",
                "id,location_id,service_id\nd1d2d3d4-0000-4000-8000-000000000001," + LOCATION + "," + SERVICE + "\n",
                "export/locations.csv",
                "location_type,id,name\nphysical," + LOCATION + ",Офис\n"));

        HsdsDataPackage.Contents contents = HsdsDataPackage.read(new ByteArrayInputStream(zip));

        JsonObject service = contents.services().get(0);
        assertThat(service)
                .isEqualTo(Json.createObjectBuilder()
                        .add("id", SERVICE)
                        .add("organization_id", ORGANIZATION)
                        .add("name", "Горячее питание, \"на дому\"\nи доставка")
                        .add("status", "active")
                        .add("minimum_age", 65)
                        .add(
                                "service_at_locations",
                                Json.createArrayBuilder()
                                        .add(Json.createObjectBuilder()
                                                .add("id", "d1d2d3d4-0000-4000-8000-000000000001")
                                                .add(
                                                        "location",
                                                        Json.createObjectBuilder()
                                                                .add("id", LOCATION)
                                                                .add("location_type", "physical")
                                                                .add("name", "Офис"))))
                        .build());
        assertThat(contents.organizations())
                .containsExactly(Json.createObjectBuilder()
                        .add("id", ORGANIZATION)
                        .add("name", "Забота")
                        .add("description", "АНО «Забота»")
                        .build());
    }

    @Test
    void aReferenceToWhatThePackageDoesNotHoldStaysAnId() throws IOException {
        byte[] zip = zip(Map.of(
                "services.csv", "id,name,status\n" + SERVICE + ",Sauna,active\n",
                "service_at_location.csv", "id,service_id,location_id\nd1," + SERVICE + "," + LOCATION + "\n"));

        JsonObject service =
                HsdsDataPackage.read(new ByteArrayInputStream(zip)).services().get(0);

        assertThat(service.getJsonArray("service_at_locations").getJsonObject(0))
                .isEqualTo(Json.createObjectBuilder()
                        .add("id", "d1")
                        .add("location_id", LOCATION)
                        .build());
    }

    @Test
    void aNumberColumnThatHoldsNoNumberKeepsTheTextForTheRecordsValidationToRefuse() throws IOException {
        byte[] zip = zip(Map.of("services.csv", "id,name,status,minimum_age\n" + SERVICE + ",Sauna,active,old\n"));

        JsonObject service =
                HsdsDataPackage.read(new ByteArrayInputStream(zip)).services().get(0);

        assertThat(service.getString("minimum_age")).isEqualTo("old");
    }

    @Test
    void whatIsNotADataPackageIsRefusedSayingWhy() {
        assertThatThrownBy(() -> HsdsDataPackage.read(
                        new ByteArrayInputStream("id,name\n1,x\n".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(HsdsFormatException.class)
                .hasMessageContaining("zip");
        assertThatThrownBy(() -> HsdsDataPackage.read(
                        new ByteArrayInputStream(zip(Map.of("organizations.csv", "id,name\n1,x\n")))))
                .isInstanceOf(HsdsFormatException.class)
                .hasMessageContaining("services.csv");
        assertThatThrownBy(() -> HsdsDataPackage.read(
                        new ByteArrayInputStream(zip(Map.of("services.csv", "name,status\nx,active\n")))))
                .isInstanceOf(HsdsFormatException.class)
                .hasMessageContaining("services.csv has no id column");
        assertThatThrownBy(() -> HsdsDataPackage.read(
                        new ByteArrayInputStream(zip(Map.of("services.csv", "id,name,id\n1,x,1\n")))))
                .isInstanceOf(HsdsFormatException.class)
                .hasMessageContaining("services.csv");
        assertThatThrownBy(() -> HsdsDataPackage.read(
                        new ByteArrayInputStream(zip(Map.of("services.csv", "id,name\n1,\"never closed\n")))))
                .isInstanceOf(HsdsFormatException.class)
                .hasMessageContaining("services.csv is not a readable CSV table");
        assertThatThrownBy(() -> HsdsDataPackage.read(new ByteArrayInputStream(
                        zipBytes(Map.of("services.csv", new byte[] {'i', 'd', '\n', (byte) 0xC3, (byte) 0x28, '\n'})))))
                .isInstanceOf(HsdsFormatException.class)
                .hasMessageContaining("not UTF-8");
        assertThatThrownBy(() -> HsdsDataPackage.read(new ByteArrayInputStream(
                        zip(Map.of("services.csv", "id\n1\n", "datapackage.json", "{not json")))))
                .isInstanceOf(HsdsFormatException.class)
                .hasMessageContaining("datapackage.json");
    }

    @Test
    void theDescriptorSaysWhereTheTablesAre() throws IOException {
        byte[] zip = zip(Map.of(
                "datapackage.json",
                "{\"resources\":[{\"name\":\"service\",\"path\":\"tables/the-services.csv\"}]}",
                "tables/the-services.csv",
                "id,name,status\n" + SERVICE + ",Sauna,active\n"));

        assertThat(HsdsDataPackage.read(new ByteArrayInputStream(zip)).services())
                .extracting(s -> s.getString("name"))
                .containsExactly("Sauna");
    }

    @Test
    void theWrittenDescriptorDescribesEveryTableWithItsKeys() throws IOException {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        HsdsDataPackage.write(new HsdsDataPackage.Contents(List.of(), List.of()), zip);
        JsonObject descriptor = Json.createReader(new java.io.StringReader(
                        new String(entries(zip.toByteArray()).get("datapackage.json"), StandardCharsets.UTF_8)))
                .readObject();

        assertThat(descriptor.getString("profile")).isEqualTo("tabular-data-package");
        var resources = descriptor.getJsonArray("resources");
        assertThat(resources).hasSize(HsdsTables.all().size());
        JsonObject phones = resources.stream()
                .map(JsonObject.class::cast)
                .filter(r -> r.getString("name").equals("phone"))
                .findFirst()
                .orElseThrow();
        assertThat(phones.getString("path")).isEqualTo("phones.csv");
        assertThat(phones.getJsonObject("schema").getString("primaryKey")).isEqualTo("id");
        assertThat(phones.getJsonObject("schema").getJsonArray("foreignKeys").toString())
                .contains("{\"fields\":\"service_id\",\"reference\":{\"resource\":\"service\",\"fields\":\"id\"}}");
        assertThat(phones.getJsonObject("schema").getJsonArray("fields").toString())
                .contains("{\"name\":\"extension\",\"type\":\"number\"");
    }

    @Test
    void theStreamWrittenToStaysOpen() throws IOException {
        ByteArrayOutputStream target = new ByteArrayOutputStream() {
            @Override
            public void close() {
                throw new AssertionError("closed");
            }
        };

        HsdsDataPackage.write(new HsdsDataPackage.Contents(List.of(), List.of()), target);

        assertThat(target.size()).isPositive();
    }

    /** The first line of every CSV entry of a zip, and the descriptor's name with an empty header. */
    static Map<String, List<String>> headers(byte[] zip) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        entries(zip).forEach((name, bytes) -> {
            String text = new String(bytes, StandardCharsets.UTF_8);
            headers.put(
                    name,
                    name.endsWith(".csv")
                            ? List.of(text.lines().findFirst().orElse("").split(","))
                            : List.of());
        });
        return headers;
    }

    static Map<String, byte[]> entries(byte[] zip) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }

    static byte[] zip(Map<String, String> files) {
        Map<String, byte[]> bytes = new LinkedHashMap<>();
        files.forEach((name, text) -> bytes.put(name, text.getBytes(StandardCharsets.UTF_8)));
        return zipBytes(bytes);
    }

    static byte[] zipBytes(Map<String, byte[]> files) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (var file : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(file.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
