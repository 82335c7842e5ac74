package se.samsyn.audit.web;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import se.samsyn.audit.AuditQuery;
import se.samsyn.shared.WorkspaceId;

/** The log page's filter form, as typed; blank means "any". */
record AuditFilter(
        @Nullable String actor,
        @Nullable String action,
        @Nullable String objectType,
        @Nullable String objectId,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
        @Nullable String ws,
        @Nullable Integer page) {

    static final int PAGE_SIZE = 50;

    int pageNumber() {
        return page == null || page < 0 ? 0 : page;
    }

    AuditQuery toQuery(@Nullable WorkspaceId workspaceId) {
        return new AuditQuery(workspaceId, blankToNull(actor), blankToNull(action), blankToNull(objectType),
                blankToNull(objectId), from, to, pageNumber(), PAGE_SIZE);
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
