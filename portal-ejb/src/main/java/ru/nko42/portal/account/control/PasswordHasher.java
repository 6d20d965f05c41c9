package ru.nko42.portal.account.control;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.regex.Pattern;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Hashes passwords with PBKDF2-HMAC-SHA256 into {@code pbkdf2-sha256$<iterations>$<salt>$<hash>}, salt and hash in
 * standard Base64 written without padding (padded values are read too). Thread-safe.
 */
public final class PasswordHasher {

    public static final String SCHEME = "pbkdf2-sha256";
    public static final int DEFAULT_ITERATIONS = 600_000;

    private static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    private static final int SALT_BYTES = 16;
    private static final int KEY_BYTES = 32;
    private static final int MAX_ITERATIONS = 100_000_000;
    private static final int MAX_KEY_BYTES = 64;
    private static final Pattern ITERATIONS = Pattern.compile("[1-9][0-9]{0,8}");
    private static final Base64.Encoder ENCODER = Base64.getEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getDecoder();

    private final int iterations;
    private final SecureRandom random = new SecureRandom();

    public PasswordHasher() {
        this(DEFAULT_ITERATIONS);
    }

    /** A hasher writing the given iteration count; tests use a low one to stay fast. */
    public PasswordHasher(int iterations) {
        if (iterations < 1 || iterations > MAX_ITERATIONS) {
            throw new IllegalArgumentException("iterations out of range: " + iterations);
        }
        this.iterations = iterations;
    }

    /** Hashes with a fresh random salt; throws IllegalArgumentException for a null or empty password. */
    public String hash(char[] password) {
        requirePassword(password);
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        byte[] key = derive(password, salt, iterations, KEY_BYTES);
        try {
            return SCHEME + "$" + iterations + "$" + ENCODER.encodeToString(salt) + "$" + ENCODER.encodeToString(key);
        } finally {
            Arrays.fill(key, (byte) 0);
        }
    }

    /**
     * True when the password matches the stored value, with the parameters read from that value. A malformed or
     * unknown-scheme value gives false; a null or empty password throws IllegalArgumentException.
     */
    public boolean verify(char[] password, String stored) {
        requirePassword(password);
        StoredHash parsed = StoredHash.parse(stored);
        if (parsed == null) {
            return false;
        }
        byte[] candidate = derive(password, parsed.salt(), parsed.iterations(), parsed.hash().length);
        try {
            return MessageDigest.isEqual(candidate, parsed.hash());
        } finally {
            Arrays.fill(candidate, (byte) 0);
        }
    }

    /** True when the stored value is of another scheme, malformed, or made with fewer iterations than this hasher's. */
    public boolean needsRehash(String stored) {
        StoredHash parsed = StoredHash.parse(stored);
        return parsed == null || parsed.iterations() < iterations;
    }

    private static void requirePassword(char[] password) {
        if (password == null || password.length == 0) {
            throw new IllegalArgumentException("password must not be empty");
        }
    }

    private static byte[] derive(char[] password, byte[] salt, int iterations, int keyBytes) {
        PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, keyBytes * 8);
        try {
            return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(ALGORITHM + " is not available", e);
        } finally {
            spec.clearPassword();
        }
    }

    private record StoredHash(int iterations, byte[] salt, byte[] hash) {

        /** The parsed value, or null when it is not a well-formed {@link #SCHEME} value. */
        static StoredHash parse(String stored) {
            if (stored == null) {
                return null;
            }
            String[] parts = stored.split("\\$", -1);
            if (parts.length != 4 || !SCHEME.equals(parts[0])) {
                return null;
            }
            if (!ITERATIONS.matcher(parts[1]).matches()) {
                return null;
            }
            try {
                int iterations = Integer.parseInt(parts[1]);
                byte[] salt = DECODER.decode(parts[2]);
                byte[] hash = DECODER.decode(parts[3]);
                if (iterations > MAX_ITERATIONS
                        || salt.length == 0
                        || hash.length == 0
                        || hash.length > MAX_KEY_BYTES) {
                    return null;
                }
                return new StoredHash(iterations, salt, hash);
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
    }
}
