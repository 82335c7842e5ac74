package se.samsyn.agreement.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import se.samsyn.agreement.AgreementContent;
import se.samsyn.agreement.AgreementId;
import se.samsyn.agreement.AgreementLevel;
import se.samsyn.agreement.domain.AgreementView;
import se.samsyn.organisation.OrganisationId;

/** The heading and text of an agreement as the create and edit form posts them. */
public record AgreementForm(
        @Nullable String title,
        @Nullable AgreementLevel level,
        @Nullable List<UUID> parties,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate validFrom,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate validTo,
        @Nullable String introduction,
        @Nullable String purpose,
        @Nullable String goals,
        @Nullable String organisation,
        @Nullable String followUp,
        @Nullable UUID parent,
        @Nullable UUID replaces,
        @Nullable String changeNote) {

    static AgreementForm empty() {
        return new AgreementForm(null, AgreementLevel.LOCAL, List.of(), null, null, null, null, null, null, null, null, null,
                null);
    }

    static AgreementForm of(AgreementView a) {
        var v = a.version();
        return new AgreementForm(v.title(), a.level(), a.parties().stream().map(p -> p.id().value()).toList(),
                v.validFrom(), v.validTo(), v.introduction(), v.purpose(), v.goals(), v.organisation(), v.followUp(),
                a.parent() == null ? null : a.parent().value(), a.replaces() == null ? null : a.replaces().value(), null);
    }

    public boolean hasParty(UUID id) {
        return parties != null && parties.contains(id);
    }

    AgreementContent toContent() {
        return new AgreementContent(title, level, parties == null ? List.of() : parties.stream().map(OrganisationId::new).toList(),
                validFrom, validTo, introduction, purpose, goals, organisation, followUp,
                parent == null ? null : new AgreementId(parent), replaces == null ? null : new AgreementId(replaces),
                changeNote);
    }
}
