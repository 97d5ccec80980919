package cn.onenetwork.allocation.certificate;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Verification codes: ten characters of an alphabet without look-alikes (32^10 ≈ 10^15 codes, and guessing is
 * rate-limited), stored only as SHA-256 of "number:code" so that a copy of the database verifies nothing.
 */
public final class VerificationCodes {

    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final int LENGTH = 10;
    private static final SecureRandom RANDOM = new SecureRandom();

    private VerificationCodes() {
    }

    public static String generate() {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    public static String hash(String number, String code) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest((number + ":" + code).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** Compares in constant time; false when no code was ever printed. */
    public static boolean matches(String storedHash, String number, String code) {
        if (storedHash == null || code == null) {
            return false;
        }
        return MessageDigest.isEqual(storedHash.getBytes(StandardCharsets.US_ASCII),
                hash(number, code.strip().toUpperCase(Locale.ROOT)).getBytes(StandardCharsets.US_ASCII));
    }
}
