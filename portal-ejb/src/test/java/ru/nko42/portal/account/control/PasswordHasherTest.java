package ru.nko42.portal.account.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordHasherTest {

    private static final char[] PASSWORD = "лиственница-самовар".toCharArray();

    private final PasswordHasher hasher = new PasswordHasher(1_000);

    @Test
    void aHashVerifiesTheSamePassword() {
        String stored = hasher.hash(PASSWORD);
        assertThat(hasher.verify(PASSWORD, stored)).isTrue();
    }

    @Test
    void aWrongPasswordDoesNotVerify() {
        String stored = hasher.hash(PASSWORD);
        assertThat(hasher.verify("лиственница-самолёт".toCharArray(), stored)).isFalse();
    }

    @Test
    void twoHashesOfTheSamePasswordDifferByTheirSalt() {
        assertThat(hasher.hash(PASSWORD)).isNotEqualTo(hasher.hash(PASSWORD));
    }

    @Test
    void theStoredValueCarriesSchemeIterationsSaltAndHash() {
        String[] parts = hasher.hash(PASSWORD).split("\\$", -1);
        assertThat(parts).hasSize(4);
        assertThat(parts[0]).isEqualTo("pbkdf2-sha256");
        assertThat(parts[1]).isEqualTo("1000");
        assertThat(Base64.getDecoder().decode(parts[2])).hasSize(16);
        assertThat(Base64.getDecoder().decode(parts[3])).hasSize(32);
    }

    @Test
    void theDefaultHasherWrites600000Iterations() {
        assertThat(new PasswordHasher().hash(PASSWORD)).startsWith("pbkdf2-sha256$600000$");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "abc",
                "bcrypt$1000$c2FsdHNhbHRzYWx0c2FsdA$aGFzaGhhc2hoYXNoaGFzaA",
                "pbkdf2-sha256$1000$!!not base64!!$aGFzaGhhc2hoYXNoaGFzaA",
                "pbkdf2-sha256$1000$c2FsdHNhbHRzYWx0c2FsdA",
                "pbkdf2-sha256$1000$c2FsdHNhbHRzYWx0c2FsdA$aGFzaGhhc2hoYXNoaGFzaA$extra",
                "pbkdf2-sha256$many$c2FsdHNhbHRzYWx0c2FsdA$aGFzaGhhc2hoYXNoaGFzaA",
                "pbkdf2-sha256$0$c2FsdHNhbHRzYWx0c2FsdA$aGFzaGhhc2hoYXNoaGFzaA",
                "pbkdf2-sha256$1000$$aGFzaGhhc2hoYXNoaGFzaA"
            })
    void aMalformedStoredValueDoesNotVerify(String stored) {
        assertThat(hasher.verify(PASSWORD, stored)).isFalse();
        assertThat(hasher.needsRehash(stored)).isTrue();
    }

    @Test
    void aMissingStoredValueDoesNotVerify() {
        assertThat(hasher.verify(PASSWORD, null)).isFalse();
    }

    @Test
    void aHashWithFewerIterationsNeedsRehashing() {
        String weaker = new PasswordHasher(500).hash(PASSWORD);
        assertThat(hasher.needsRehash(weaker)).isTrue();
        assertThat(hasher.needsRehash(hasher.hash(PASSWORD))).isFalse();
    }

    @Test
    void theIterationCountIsReadFromTheStoredValue() {
        String stored = hasher.hash(PASSWORD);
        PasswordHasher current = new PasswordHasher();
        assertThat(current.verify(PASSWORD, stored)).isTrue();
        assertThat(current.needsRehash(stored)).isTrue();
    }

    @Test
    void anEmptyPasswordIsRejected() {
        assertThatThrownBy(() -> hasher.hash(new char[0])).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> hasher.hash(null)).isInstanceOf(IllegalArgumentException.class);
    }
}
