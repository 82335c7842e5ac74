package se.samsyn.incident.domain;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** What a reporter may change in their own report; {@code version} is the one the reporter's form was built from. */
public record ReportRevision(@Nullable Long version, @Nullable String description, @Nullable String placeText,
        List<UUID> categoryIds, boolean personalDataConfirmed) {}
