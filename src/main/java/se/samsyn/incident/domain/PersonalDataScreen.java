package se.samsyn.incident.domain;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Finds personal data in free text before it is stored: personnummer and samordningsnummer (date and Luhn checked),
 * Swedish phone numbers, e-mail addresses and vehicle registration numbers. Pure and stateless.
 */
public final class PersonalDataScreen {

    public enum Kind { PERSONAL_IDENTITY_NUMBER, COORDINATION_NUMBER, PHONE_NUMBER, EMAIL, VEHICLE_REGISTRATION }

    public record Finding(Kind kind, int start, int end) {}

    public static final String MASK = "[***]";

    private static final Pattern IDENTITY_NUMBER =
            Pattern.compile("(?<![\\w+])((?:18|19|20)?)(\\d{2})(\\d{2})(\\d{2})([-+ ]?)(\\d{3})(\\d)(?![\\w-])");
    private static final Pattern EMAIL =
            Pattern.compile("(?<![\\w.%+-])[\\w.%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}(?![\\w-])");
    private static final Pattern PHONE =
            Pattern.compile("(?<![\\w+])(?:\\+46|0046|0)[ -]?(?:\\(0\\)[ -]?)?[1-9](?:[ -]?\\d){5,8}(?![\\w-])");
    private static final Pattern VEHICLE_COMPACT =
            Pattern.compile("(?i)(?<![\\p{L}\\d-])[A-HJ-PR-UW-Z]{3}\\d{2}(?:\\d|[A-HJ-NPR-UW-Z])(?![\\p{L}\\d-])");
    private static final Pattern VEHICLE_SPACED =
            Pattern.compile("(?<![\\p{L}\\d-])[A-HJ-PR-UW-Z]{3} \\d{2}(?:\\d|[A-HJ-NPR-UW-Z])(?![\\p{L}\\d-])");

    private PersonalDataScreen() {}

    public static List<Finding> screen(String text) {
        List<Finding> found = new ArrayList<>();
        Matcher m = IDENTITY_NUMBER.matcher(text);
        while (m.find()) {
            Kind kind = identityKind(m);
            if (kind != null) {
                found.add(new Finding(kind, m.start(), m.end()));
            }
        }
        collect(EMAIL, text, Kind.EMAIL, found);
        m = PHONE.matcher(text);
        while (m.find()) {
            if (isSwedishPhone(m.group())) {
                found.add(new Finding(Kind.PHONE_NUMBER, m.start(), m.end()));
            }
        }
        collect(VEHICLE_COMPACT, text, Kind.VEHICLE_REGISTRATION, found);
        collect(VEHICLE_SPACED, text, Kind.VEHICLE_REGISTRATION, found);
        return withoutOverlaps(found);
    }

    /**
     * Text as every shared view shows it, and the text as typed when that differs: kept only because the screen found
     * personal data, readable by coordinators and administrators only.
     */
    public record Screened(@Nullable String shared, @Nullable String original) {

        public static Screened of(String text) {
            return new Screened(mask(text), clean(text) ? null : text);
        }
    }

    /** The kinds of personal data found, each once, in the order found. */
    public static List<Kind> kinds(String text) {
        return screen(text).stream().map(Finding::kind).distinct().toList();
    }

    public static boolean clean(String text) {
        return screen(text).isEmpty();
    }

    /** The text with every finding replaced by {@link #MASK}. */
    public static String mask(String text) {
        var findings = screen(text);
        if (findings.isEmpty()) {
            return text;
        }
        var out = new StringBuilder();
        int at = 0;
        for (var f : findings) {
            out.append(text, at, f.start()).append(MASK);
            at = f.end();
        }
        return out.append(text.substring(at)).toString();
    }

    private static void collect(Pattern pattern, String text, Kind kind, List<Finding> found) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            found.add(new Finding(kind, m.start(), m.end()));
        }
    }

    /** Earlier findings win over later ones that overlap them, so a personnummer is not also a phone number. */
    private static List<Finding> withoutOverlaps(List<Finding> found) {
        List<Finding> kept = new ArrayList<>();
        for (var f : found) {
            if (kept.stream().noneMatch(k -> f.start() < k.end() && k.start() < f.end())) {
                kept.add(f);
            }
        }
        kept.sort(Comparator.comparingInt(Finding::start));
        return kept;
    }

    private static Kind identityKind(Matcher m) {
        String century = m.group(1);
        int month = Integer.parseInt(m.group(3));
        int day = Integer.parseInt(m.group(4));
        String separator = m.group(5);
        if (century.isEmpty() && separator.equals(" ")) {
            return null;
        }
        boolean coordination = day > 60;
        int realDay = coordination ? day - 60 : day;
        if (!validDate(century, m.group(2), month, realDay)) {
            return null;
        }
        String tenDigits = m.group(2) + m.group(3) + m.group(4) + m.group(6) + m.group(7);
        if (!luhn(tenDigits)) {
            return null;
        }
        return coordination ? Kind.COORDINATION_NUMBER : Kind.PERSONAL_IDENTITY_NUMBER;
    }

    private static boolean validDate(String century, String yy, int month, int day) {
        // Without a century any year fits; 2000 is a leap year, so 29 February passes as it should.
        int year = century.isEmpty() ? 2000 : Integer.parseInt(century + yy);
        try {
            LocalDate.of(year, month, day);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    static boolean luhn(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int d = digits.charAt(i) - '0';
            if (i % 2 == 0) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
        }
        return sum % 10 == 0;
    }

    /** A national number (leading 0) of 8–10 digits; mobile numbers 07x always have 10. */
    private static boolean isSwedishPhone(String candidate) {
        String digits = candidate.replaceAll("\\(0\\)", "").replaceAll("[^\\d+]", "");
        if (digits.startsWith("+46")) {
            digits = "0" + digits.substring(3);
        } else if (digits.startsWith("0046")) {
            digits = "0" + digits.substring(4);
        }
        if (digits.length() < 8 || digits.length() > 10 || digits.charAt(1) == '0') {
            return false;
        }
        if (digits.startsWith("07")) {
            return digits.length() == 10;
        }
        return true;
    }
}
