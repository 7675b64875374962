package vn.edu.caitien.host.reference;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Hashes and verifies passwords with PBKDF2-HMAC-SHA256 from the JDK: a random 16-byte salt per password, 256-bit
 * keys, and an iteration count stored with each hash so that it can be raised later without breaking old hashes.
 * Thread-safe.
 */
public final class PasswordHasher {

    /** Iterations for new hashes; OWASP's floor for PBKDF2-HMAC-SHA256 was 120 000 when this was written. */
    public static final int DEFAULT_ITERATIONS = 210_000;

    /** Hashes stored with fewer iterations are refused: they would be too cheap to attack. */
    public static final int MIN_ITERATIONS = 120_000;

    private static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    private static final int SALT_BYTES = 16;
    private static final int KEY_BITS = 256;

    private final SecureRandom random = new SecureRandom();

    /**
     * A stored password.
     *
     * @param hash       Base64 of the derived key
     * @param salt       Base64 of the salt
     * @param iterations PBKDF2 iteration count
     */
    public record PasswordHash(String hash, String salt, int iterations) {
        /** Checks the components. */
        public PasswordHash {
            Objects.requireNonNull(hash, "hash");
            Objects.requireNonNull(salt, "salt");
        }
    }

    /** @return a new hash of the password with a fresh random salt */
    public PasswordHash hash(char[] password) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        return hash(password, salt, DEFAULT_ITERATIONS);
    }

    /** @return the hash of the password with the given salt; used for fixed demo data and by {@link #verify} */
    public PasswordHash hash(char[] password, byte[] salt, int iterations) {
        if (iterations < MIN_ITERATIONS) {
            throw new IllegalArgumentException("at least " + MIN_ITERATIONS + " iterations are needed");
        }
        Base64.Encoder base64 = Base64.getEncoder();
        return new PasswordHash(base64.encodeToString(derive(password, salt, iterations)),
                base64.encodeToString(salt), iterations);
    }

    /**
     * @return whether the password matches; compares in constant time, and a malformed or too weak stored hash
     *         never matches
     */
    public boolean verify(char[] password, PasswordHash stored) {
        if (password == null || stored == null || stored.iterations() < MIN_ITERATIONS) {
            return false;
        }
        byte[] expected;
        byte[] salt;
        try {
            expected = Base64.getDecoder().decode(stored.hash());
            salt = Base64.getDecoder().decode(stored.salt());
        } catch (IllegalArgumentException malformed) {
            return false;
        }
        byte[] actual = derive(password, salt, stored.iterations());
        try {
            return MessageDigest.isEqual(expected, actual);
        } finally {
            Arrays.fill(actual, (byte) 0);
        }
    }

    private static byte[] derive(char[] password, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, KEY_BITS);
        try {
            return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            // Every Java SE 8+ runtime must provide PBKDF2WithHmacSHA256.
            throw new IllegalStateException(ALGORITHM + " is not available", e);
        } finally {
            spec.clearPassword();
        }
    }
}
