package ru.nko42.portal.directory.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class LogoStoreTest {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 1, 2, 3};

    @TempDir
    Path data;

    @Test
    void readsBackWhatItStored() {
        LogoStore store = new LogoStore(data.resolve("logos"));

        String key = store.store(PNG);

        assertThat(key).matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\\.png");
        assertThat(store.read(key))
                .hasValueSatisfying(bytes -> assertThat(bytes).isEqualTo(PNG));
        assertThat(data.resolve("logos").resolve(key)).hasBinaryContent(PNG);
    }

    @Test
    void givesEveryLogoItsOwnKeyAndLeavesNoPartialFiles() throws IOException {
        LogoStore store = new LogoStore(data.resolve("logos"));

        String first = store.store(PNG);
        String second = store.store(new byte[] {7});

        assertThat(first).isNotEqualTo(second);
        assertThat(store.read(first))
                .hasValueSatisfying(bytes -> assertThat(bytes).isEqualTo(PNG));
        assertThat(store.read(second))
                .hasValueSatisfying(bytes -> assertThat(bytes).containsExactly(7));
        try (Stream<Path> files = Files.list(data.resolve("logos"))) {
            assertThat(files.map(file -> file.getFileName().toString())).containsExactlyInAnyOrder(first, second);
        }
    }

    @Test
    void aWellFormedKeyThatWasNeverStoredFindsNothing() {
        LogoStore store = new LogoStore(data.resolve("logos"));
        store.store(PNG);

        assertThat(store.read(UUID.randomUUID() + ".png")).isEmpty();
        assertThat(new LogoStore(data.resolve("nowhere")).read(UUID.randomUUID() + ".png"))
                .isEmpty();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(
            strings = {
                "../secret.png",
                "..%2Fsecret.png",
                "..\\secret.png",
                "/etc/passwd",
                "secret.png",
                "logos/../../secret.png",
                "0f8fad5b-d9cb-469f-a165-70867728950e.png/../../secret.png",
                "0F8FAD5B-D9CB-469F-A165-70867728950E.png",
                "0f8fad5b-d9cb-469f-a165-70867728950e.svg",
                "0f8fad5b-d9cb-469f-a165-70867728950e.png\0.html",
                "."
            })
    void keysThatAreNotItsOwnFindNothing(String key) throws IOException {
        Files.write(data.resolve("secret.png"), PNG);
        Path logos = Files.createDirectories(data.resolve("logos"));
        Files.write(logos.resolve("secret.png"), PNG);
        Files.write(logos.resolve("0F8FAD5B-D9CB-469F-A165-70867728950E.png"), PNG);
        Files.write(logos.resolve("0f8fad5b-d9cb-469f-a165-70867728950e.svg"), PNG);

        assertThat(new LogoStore(logos).read(key)).isEmpty();
    }

    @Test
    void aFolderInPlaceOfALogoFindsNothing() throws IOException {
        String key = UUID.randomUUID() + ".png";
        Files.createDirectories(data.resolve("logos").resolve(key));

        assertThat(new LogoStore(data.resolve("logos")).read(key)).isEmpty();
    }
}
