package se.samsyn.agreement.rest;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import se.samsyn.agreement.AgreementLevel;
import se.samsyn.agreement.AgreementStatus;
import se.samsyn.agreement.AnnexKind;
import se.samsyn.agreement.domain.AgreementRow;
import se.samsyn.agreement.domain.AgreementView;

/** JSON shapes of the agreement API. */
final class AgreementResponses {

    private AgreementResponses() {}

    record AgreementSummary(UUID id, String title, AgreementLevel level, AgreementStatus status, int version,
            LocalDate validFrom, LocalDate validTo, List<String> parties, @Nullable Integer renewalYear) {

        static AgreementSummary of(AgreementRow r) {
            return new AgreementSummary(r.id().value(), r.title(), r.level(), r.status(), r.version(), r.validFrom(),
                    r.validTo(), r.parties(), r.renewalYear());
        }
    }

    record Party(UUID id, String name, String type) {}

    record Section(String title, @Nullable String body, @Nullable String goal) {}

    record SteeringDocument(String title, @Nullable String adopted, @Nullable LocalDate validFrom, @Nullable LocalDate validTo) {}

    record Annex(UUID id, AnnexKind kind, String title, @Nullable String text, @Nullable String fileName) {}

    record Signatory(String name, String function, @Nullable String organisation, @Nullable String place,
            @Nullable LocalDate signedOn) {}

    record Decision(@Nullable String body, @Nullable LocalDate decidedOn, @Nullable String reference) {}

    record VersionEntry(int number, AgreementStatus status, @Nullable String changeNote, @Nullable LocalDate adoptedOn) {}

    record Agreement(UUID id, AgreementLevel level, @Nullable UUID parentId, @Nullable UUID replacesId, List<Party> parties,
            int currentVersion, int version, AgreementStatus status, String title, LocalDate validFrom, LocalDate validTo,
            @Nullable String introduction, @Nullable String purpose, @Nullable String goals, @Nullable String organisation,
            @Nullable String followUp, List<Section> focusAreas, List<Section> sections,
            List<SteeringDocument> steeringDocuments, List<Annex> annexes, List<Signatory> signatories,
            @Nullable Decision decision, List<VersionEntry> versions, @Nullable Integer renewalYear) {

        static Agreement of(AgreementView a) {
            var v = a.version();
            return new Agreement(a.id().value(), a.level(), a.parent() == null ? null : a.parent().value(),
                    a.replaces() == null ? null : a.replaces().value(),
                    a.parties().stream().map(p -> new Party(p.id().value(), p.name(), p.type().name())).toList(),
                    a.currentVersion(), v.number(), v.status(), v.title(), v.validFrom(), v.validTo(), v.introduction(),
                    v.purpose(), v.goals(), v.organisation(), v.followUp(),
                    v.focusAreas().stream().map(s -> new Section(s.title(), s.body(), s.goal())).toList(),
                    v.sections().stream().map(s -> new Section(s.title(), s.body(), s.goal())).toList(),
                    v.steeringDocuments().stream().map(d -> new SteeringDocument(d.title(), d.adoptedNote(), d.validFrom(),
                            d.validTo())).toList(),
                    v.annexes().stream().map(x -> new Annex(x.id(), x.kind(), x.title(), x.body(), x.fileName())).toList(),
                    v.signatories().stream().map(s -> new Signatory(s.name(), s.function(), s.organisationName(), s.place(),
                            s.signedOn())).toList(),
                    v.adoptedOn() == null ? null : new Decision(v.adoptedByName(), v.adoptedOn(), v.decisionRef()),
                    a.versions().stream().map(x -> new VersionEntry(x.number(), x.status(), x.changeNote(), x.adoptedOn()))
                            .toList(),
                    a.renewalYear());
        }
    }
}
