package se.samsyn.access.domain;

import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import se.samsyn.shared.RuleViolationException;

/** Lösenordsregler: at least 12 characters, not a known common password, not the e-mail name, not one repeated char. */
public final class PasswordPolicy {

    static final int MIN_LENGTH = 12;

    private static final Set<String> COMMON = Set.of(
            "123456789012", "password1234", "losenord1234", "lösenord1234", "qwertyuiopå", "qwertyuiop12",
            "sommar2024!!", "sommar2025!!", "vinter2025!!", "varen2025!!!", "samsyn123456", "administrator",
            "welcome12345", "välkommen123", "valkommen123", "letmein12345", "abcdefghijkl", "passwordpassword");

    private PasswordPolicy() {}

    public static void check(@Nullable String password, String email) {
        if (password == null || password.length() < MIN_LENGTH) {
            throw new RuleViolationException("access.error.passwordTooShort", MIN_LENGTH);
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (COMMON.contains(lower) || lower.chars().distinct().count() < 4) {
            throw new RuleViolationException("access.error.passwordTooCommon");
        }
        String local = email.toLowerCase(Locale.ROOT).split("@")[0];
        if (local.length() >= 4 && lower.contains(local)) {
            throw new RuleViolationException("access.error.passwordContainsEmail");
        }
    }
}
