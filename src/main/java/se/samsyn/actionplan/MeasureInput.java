package se.samsyn.actionplan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What a form or API call gives for a new or changed measure; the service checks every rule. {@code reason} is
 * required when the plan has been adopted: it is kept in the plan's history.
 */
public record MeasureInput(@Nullable String title, @Nullable MeasureKind kind, @Nullable Horizon horizon,
        boolean ordinaryWork, @Nullable String partners, @Nullable LocalDate start, @Nullable LocalDate due,
        @Nullable Integer order, @Nullable BigDecimal budget, @Nullable String financing, @Nullable UUID responsible,
        @Nullable String contactName, @Nullable String contactEmail, boolean affectsChildren,
        @Nullable String childAssessment, @Nullable String childReason, List<UUID> causeIds, @Nullable String reason) {}
