package ru.nko42.portal.report.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SenderHashTest {

    private static final byte[] KEY = "0123456789abcdef0123456789abcdef".getBytes();
    private static final byte[] OTHER_KEY = "fedcba9876543210fedcba9876543210".getBytes();

    @Test
    void oneAddressHasOneHashUnderOneKeyAndItIsNotTheAddress() {
        String hash = SenderHash.hash(KEY, "203.0.113.7");

        assertThat(hash).hasSize(64).matches("[0-9a-f]{64}").doesNotContain("203");
        assertThat(SenderHash.hash(KEY, "203.0.113.7")).isEqualTo(hash);
        assertThat(SenderHash.hash(KEY, "203.0.113.8")).isNotEqualTo(hash);
        assertThat(SenderHash.hash(OTHER_KEY, "203.0.113.7")).isNotEqualTo(hash);
    }

    @Test
    void anIpv6AddressCountsByItsNetwork() {
        assertThat(SenderHash.network("2001:db8:1:2:aaaa:bbbb:cccc:dddd")).isEqualTo("2001:db8:1:2:0:0:0:0/64");
        assertThat(SenderHash.hash(KEY, "2001:db8:1:2::1")).isEqualTo(SenderHash.hash(KEY, "2001:db8:1:2:ffff::9"));
        assertThat(SenderHash.hash(KEY, "2001:db8:1:3::1")).isNotEqualTo(SenderHash.hash(KEY, "2001:db8:1:2::1"));
        assertThat(SenderHash.network("fe80::1%eth0")).isEqualTo("fe80:0:0:0:0:0:0:0/64");
    }

    @Test
    void anythingElseCountsAsItIs() {
        assertThat(SenderHash.network("198.51.100.20")).isEqualTo("198.51.100.20");
        assertThat(SenderHash.network("::ffff:198.51.100.20")).isEqualTo("198.51.100.20");
        assertThat(SenderHash.network("not-an-address")).isEqualTo("not-an-address");
        assertThat(SenderHash.hash(KEY, null)).isEqualTo(SenderHash.hash(KEY, ""));
    }

    @Test
    void theKeyIsMadeOnceReadableByItsOwnerOnlyAndThenKept(@TempDir Path data) throws Exception {
        Path file = data.resolve("portal").resolve(SenderHash.KEY_FILE);

        byte[] made = SenderHash.keyIn(file);
        byte[] read = SenderHash.keyIn(file);

        assertThat(made).hasSize(32).isEqualTo(read);
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(data.resolve("portal")).isDirectoryNotContaining("glob:**.part");
        assertThat(SenderHash.keyIn(data.resolve("other").resolve(SenderHash.KEY_FILE)))
                .isNotEqualTo(made);
    }
}
