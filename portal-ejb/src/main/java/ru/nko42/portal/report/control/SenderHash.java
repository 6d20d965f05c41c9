package ru.nko42.portal.report.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import ru.nko42.portal.common.control.Setting;

/**
 * Who sent a report, as far as the hourly limit needs to know: HMAC-SHA-256 of the client's address under a key of
 * this installation, in hexadecimal. Without the key the hash cannot be turned back into the address by trying all
 * four billion IPv4 addresses. The key is made at random on first use and kept in {@value #KEY_FILE} in the portal's
 * data folder ({@code portal.data.dir}, beside the logos), outside the database; losing it only forgets who sent what
 * in the last hour. An IPv6 address counts by its /64 network, which one home or phone usually gets whole.
 */
@ApplicationScoped
public class SenderHash {

    static final String KEY_FILE = "report-sender.key";
    private static final String ALGORITHM = "HmacSHA256";
    private static final int KEY_BYTES = 32;
    private static final Pattern IPV6_LITERAL = Pattern.compile("[0-9A-Fa-f:.]+");

    private volatile byte[] key;

    /** The hash of the address; a request without one (never a web request) counts as one unknown sender. */
    public String of(String address) {
        return hash(key(), address);
    }

    static String hash(byte[] key, String address) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(key, ALGORITHM));
            byte[] sender = network(address == null ? "" : address).getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(mac.doFinal(sender));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA-256 is missing from this Java", e);
        }
    }

    /** An IPv4 address as it is; an IPv6 address as its /64 network, so a sender cannot hop within it. */
    static String network(String address) {
        String bare = address.strip();
        int zone = bare.indexOf('%');
        if (zone >= 0) {
            bare = bare.substring(0, zone);
        }
        if (!bare.contains(":") || !IPV6_LITERAL.matcher(bare).matches()) {
            return bare;
        }
        try {
            // a literal is parsed without asking DNS
            InetAddress parsed = InetAddress.getByName(bare);
            byte[] bytes = parsed.getAddress();
            if (bytes.length != 16) {
                // an IPv4 address written as IPv6 (::ffff:198.51.100.20) is that IPv4 address
                return parsed.getHostAddress();
            }
            Arrays.fill(bytes, 8, 16, (byte) 0);
            return InetAddress.getByAddress(bytes).getHostAddress() + "/64";
        } catch (UnknownHostException notAnAddress) {
            return bare;
        }
    }

    private byte[] key() {
        byte[] known = key;
        if (known == null) {
            synchronized (this) {
                if (key == null) {
                    key = keyIn(dataFolder().resolve(KEY_FILE));
                }
                known = key;
            }
        }
        return known;
    }

    /**
     * The key in the file, written there first if there is none yet: complete in a file of its own, then moved into
     * place unless another server was quicker.
     */
    static byte[] keyIn(Path file) {
        try {
            if (!Files.exists(file)) {
                Path folder = file.toAbsolutePath().getParent();
                Files.createDirectories(folder);
                byte[] fresh = new byte[KEY_BYTES];
                new SecureRandom().nextBytes(fresh);
                Path partial = Files.createTempFile(folder, "report-sender-", ".part");
                try {
                    ownerOnly(partial);
                    Files.write(partial, fresh);
                    Files.move(partial, file);
                } catch (FileAlreadyExistsException anotherWasFirst) {
                    // the key is the one the other wrote
                } finally {
                    Files.deleteIfExists(partial);
                }
            }
            byte[] stored = Files.readAllBytes(file);
            if (stored.length != KEY_BYTES) {
                throw new IllegalStateException("The key file " + file + " is not " + KEY_BYTES + " bytes long");
            }
            return stored;
        } catch (IOException e) {
            throw new UncheckedIOException("The key of reports' senders is not readable in " + file, e);
        }
    }

    private static void ownerOnly(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the folder's permissions apply
        }
    }

    private static Path dataFolder() {
        return Path.of(Setting.of("portal.data.dir")
                .orElseGet(() ->
                        System.getProperty("jboss.server.data.dir", System.getProperty("java.io.tmpdir")) + "/portal"));
    }
}
