package ru.nko42.portal.directory.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import ru.nko42.portal.common.control.Setting;

/**
 * Logos on the server's disk, outside the web root: in {@code logos/} under {@code portal.data.dir}
 * ({@code PORTAL_DATA_DIR}), by default the server's data directory. A logo is named by a random key; files are
 * written once and never changed, so a key can be cached for good.
 */
public final class LogoStore {

    private static final Pattern KEY =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\\.png");

    private final Path folder;

    public LogoStore(Path folder) {
        this.folder = folder;
    }

    public static LogoStore ofInstallation() {
        String base = Setting.of("portal.data.dir")
                .orElseGet(() ->
                        System.getProperty("jboss.server.data.dir", System.getProperty("java.io.tmpdir")) + "/portal");
        return new LogoStore(Path.of(base, "logos"));
    }

    /** Stores a re-encoded PNG and returns its key. */
    public String store(byte[] png) {
        String key = UUID.randomUUID() + ".png";
        Path partial = null;
        try {
            Files.createDirectories(folder);
            partial = Files.createTempFile(folder, "upload-", ".part");
            Files.write(partial, png);
            Files.move(partial, folder.resolve(key), StandardCopyOption.ATOMIC_MOVE);
            return key;
        } catch (IOException e) {
            deleteQuietly(partial, e);
            throw new UncheckedIOException("Logo not stored in " + folder, e);
        }
    }

    /** A half-written file is no use to anyone: removed when storing failed. */
    private static void deleteQuietly(Path partial, IOException failure) {
        if (partial == null) {
            return;
        }
        try {
            Files.deleteIfExists(partial);
        } catch (IOException e) {
            failure.addSuppressed(e);
        }
    }

    public Optional<byte[]> read(String key) {
        if (key == null || !KEY.matcher(key).matches()) {
            return Optional.empty();
        }
        Path file = folder.resolve(key);
        try {
            return Files.isRegularFile(file) ? Optional.of(Files.readAllBytes(file)) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("Logo not read from " + file, e);
        }
    }
}
