package se.samsyn.actionplan.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import se.samsyn.actionplan.Horizon;
import se.samsyn.actionplan.Measure;
import se.samsyn.actionplan.MeasureInput;
import se.samsyn.actionplan.MeasureKind;

/** The measure form as posted; kept as is when saving fails so that nothing the user typed is lost. */
record MeasureForm(@Nullable String title, @Nullable MeasureKind kind, @Nullable Horizon horizon,
        @Nullable Boolean ordinaryWork, @Nullable String partners,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate start,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate due, @Nullable Integer order,
        @Nullable BigDecimal budget, @Nullable String financing, @Nullable UUID responsible,
        @Nullable String contactName, @Nullable String contactEmail, @Nullable Boolean affectsChildren,
        @Nullable String childAssessment, @Nullable String childReason, @Nullable List<UUID> causeIds,
        @Nullable String reason, @Nullable Long version) {

    static MeasureForm empty() {
        return new MeasureForm(null, MeasureKind.SITUATIONAL, Horizon.SHORT, false, null, null, null, null, null, null,
                null, null, null, false, null, null, List.of(), null, null);
    }

    static MeasureForm of(Measure m) {
        return new MeasureForm(m.title(), m.kind(), m.horizon(), m.ordinaryWork(), m.partners(), m.start(), m.due(),
                m.order(), m.budget(), m.financing(), m.responsible().value(), m.contactName(), m.contactEmail(),
                m.affectsChildren(), m.childAssessment(), m.childReason(), m.causeIds(), null, m.version());
    }

    MeasureInput toInput() {
        return new MeasureInput(title, kind, horizon, Boolean.TRUE.equals(ordinaryWork), partners, start, due, order,
                budget, financing, responsible, contactName, contactEmail, Boolean.TRUE.equals(affectsChildren),
                childAssessment, childReason, causeIds == null ? List.of() : causeIds, reason);
    }

    public boolean hasCause(UUID cause) {
        return causeIds != null && causeIds.contains(cause);
    }
}
