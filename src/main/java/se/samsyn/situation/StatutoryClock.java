package se.samsyn.situation;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * When the workspace's last statutory lägesbild (Lag 2023:196) was approved and when the next is due (two years later).
 * {@code level}: NONE when none has been approved in Samsyn, GREEN, AMBER from three months before the due date, RED
 * after it.
 */
public record StatutoryClock(Level level, @Nullable LocalDate approvedOn, @Nullable LocalDate due, @Nullable UUID documentId,
        @Nullable String title) {

    public enum Level { NONE, GREEN, AMBER, RED }

    public static final int MONTHS = 24;
    public static final int WARN_MONTHS = 3;

    public static StatutoryClock of(@Nullable LocalDate approvedOn, @Nullable UUID documentId, @Nullable String title,
            LocalDate today) {
        if (approvedOn == null) {
            return new StatutoryClock(Level.NONE, null, null, null, null);
        }
        LocalDate due = approvedOn.plusMonths(MONTHS);
        Level level = due.isBefore(today) ? Level.RED : due.minusMonths(WARN_MONTHS).isAfter(today) ? Level.GREEN : Level.AMBER;
        return new StatutoryClock(level, approvedOn, due, documentId, title);
    }
}
