package se.samsyn.web;

import java.security.SecureRandom;
import java.util.HexFormat;

/** Short reference a user can quote to support; the same value is logged with the failure. */
final class ErrorReference {

    private static final SecureRandom RANDOM = new SecureRandom();

    private ErrorReference() {}

    static String next() {
        byte[] bytes = new byte[5];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes).toUpperCase();
    }
}
