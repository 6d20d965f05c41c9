package ru.nko42.portal.content.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import ru.nko42.portal.common.control.Setting;

/**
 * The directory outside the web root where the site's files live, each under its storage key: the setting
 * {@code portal.files.dir}, else {@code portal-files} in the server's data directory; made when first needed. A file
 * is written to a temporary file first and then moved into place in one step, so a reader never sees half of it.
 */
@ApplicationScoped
public class FileStore {

    public Path directory() {
        return Setting.of("portal.files.dir")
                .map(Path::of)
                .orElseGet(
                        () -> Path.of(System.getProperty("jboss.server.data.dir", System.getProperty("java.io.tmpdir")))
                                .resolve("portal-files"));
    }

    public void write(String key, byte[] bytes) {
        Path target = path(key);
        try {
            Files.createDirectories(target.getParent());
            Path temporary = Files.createTempFile(target.getParent(), ".upload-", ".part");
            try {
                Files.write(temporary, bytes);
                moveIntoPlace(temporary, target);
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not store " + key, e);
        }
    }

    /** The stored file of {@code key}, which must be a {@link FileNames#isKey key}. */
    public Path path(String key) {
        if (!FileNames.isKey(key)) {
            throw new IllegalArgumentException("Not a storage key");
        }
        return directory().resolve(key.substring(0, 2)).resolve(key);
    }

    public void delete(String key) {
        try {
            Files.deleteIfExists(path(key));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not remove " + key, e);
        }
    }

    private static void moveIntoPlace(Path temporary, Path target) throws IOException {
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
