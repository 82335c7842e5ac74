package se.samsyn.actionplan.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import se.samsyn.actionplan.SmartFinding;

/**
 * The SMART checklist on a goal's wording and target. It points out vague verbs that cannot be followed up ("verka
 * för", "arbeta för", "främja", "öka medvetenheten" …), a goal without a number and without a date, and a target that
 * contradicts the direction verb ("minska" with a higher target, "öka" with a lower one). Remarks, not refusals —
 * except the contradiction, which the service refuses.
 */
public final class SmartChecklist {

    static final List<String> VAGUE = List.of("verka för", "arbeta för", "arbeta med", "främja", "öka medvetenheten",
            "stärka", "sträva efter", "bidra till", "uppmärksamma", "motverka", "värna");
    private static final Pattern NUMBER = Pattern.compile("\\d");
    private static final Pattern DATE = Pattern.compile("\\b(19|20)\\d{2}\\b");
    private static final Pattern DECREASE = Pattern.compile("\\b(minska|sänka|halvera|reducera)", Pattern.CASE_INSENSITIVE);
    private static final Pattern INCREASE = Pattern.compile("\\b(öka|höja|fördubbla)", Pattern.CASE_INSENSITIVE);

    private SmartChecklist() {}

    public static List<SmartFinding> check(String text, boolean hasTarget, boolean hasTargetDate) {
        List<SmartFinding> findings = new ArrayList<>();
        String lower = text.toLowerCase(Locale.ROOT);
        for (String verb : VAGUE) {
            if (lower.contains(verb)) {
                findings.add(new SmartFinding("actionplan.smart.vague", verb));
            }
        }
        if (!NUMBER.matcher(text).find() && !hasTarget) {
            findings.add(new SmartFinding("actionplan.smart.noNumber", ""));
        }
        if (!DATE.matcher(text).find() && !hasTargetDate) {
            findings.add(new SmartFinding("actionplan.smart.noDate", ""));
        }
        return findings;
    }

    /**
     * The direction the wording asks for: -1 for "minska", +1 for "öka", 0 when neither or both. Vague "öka
     * medvetenheten" still counts as "öka".
     */
    static int direction(String text) {
        boolean down = DECREASE.matcher(text).find();
        boolean up = INCREASE.matcher(text).find();
        return down == up ? 0 : down ? -1 : 1;
    }

    /** True when the target moves the other way than the verb: "minska" with +5 %, or "öka" to below the baseline. */
    static boolean contradicts(String text, @Nullable Double changePercent, @Nullable Double targetValue,
            @Nullable Double baseline) {
        int direction = direction(text);
        if (direction == 0) {
            return false;
        }
        if (changePercent != null && changePercent != 0 && Math.signum(changePercent) != direction) {
            return true;
        }
        return targetValue != null && baseline != null && targetValue != baseline.doubleValue()
                && Math.signum(targetValue - baseline) != direction;
    }
}
