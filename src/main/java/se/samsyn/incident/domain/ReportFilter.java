package se.samsyn.incident.domain;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Filters for lists; dates are on when it happened (Europe/Stockholm), both inclusive. */
public record ReportFilter(@Nullable ReportStatus status, @Nullable UUID categoryId, @Nullable UUID areaId,
        @Nullable LocalDate from, @Nullable LocalDate to, @Nullable UUID reporterId, int page, int size) {

    public static ReportFilter mine(UUID reporter, int page) {
        return new ReportFilter(null, null, null, null, null, reporter, page, 50);
    }

    public int offset() {
        return Math.max(page, 0) * size;
    }
}
