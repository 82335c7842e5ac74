package se.samsyn.audit.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import se.samsyn.audit.AuditQuery;
import se.samsyn.shared.WorkspaceId;

/**
 * The log page's filter form, kept as typed so the form shows it again. Blank or malformed values (a date that is not
 * ÅÅÅÅ-MM-DD, a page that is not a number) mean "any" rather than an error: the log is a place to look, not to fail.
 */
record AuditFilter(
        @Nullable String actor,
        @Nullable String action,
        @Nullable String objectType,
        @Nullable String objectId,
        @Nullable String from,
        @Nullable String to,
        @Nullable String ws,
        @Nullable String page) {

    static final int PAGE_SIZE = 50;

    static AuditFilter of(Map<String, String> params) {
        return new AuditFilter(params.get("actor"), params.get("action"), params.get("objectType"), params.get("objectId"),
                params.get("from"), params.get("to"), params.get("ws"), params.get("page"));
    }

    int pageNumber() {
        try {
            return page == null ? 0 : Math.max(0, Integer.parseInt(page.strip()));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    AuditQuery toQuery(@Nullable WorkspaceId workspaceId) {
        return new AuditQuery(workspaceId, blankToNull(actor), blankToNull(action), blankToNull(objectType),
                blankToNull(objectId), date(from), date(to), pageNumber(), PAGE_SIZE);
    }

    private static @Nullable LocalDate date(@Nullable String s) {
        try {
            return s == null || s.isBlank() ? null : LocalDate.parse(s.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
