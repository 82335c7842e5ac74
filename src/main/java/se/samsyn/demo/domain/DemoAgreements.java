package se.samsyn.demo.domain;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import se.samsyn.agreement.AgreementApi;
import se.samsyn.agreement.AgreementContent;
import se.samsyn.agreement.AgreementId;
import se.samsyn.agreement.AgreementLevel;
import se.samsyn.agreement.AgreementStatus;
import se.samsyn.agreement.BodyKind;
import se.samsyn.agreement.Decision;
import se.samsyn.agreement.GovernanceBodyId;
import se.samsyn.agreement.MemberRole;
import se.samsyn.agreement.NewAnnex;
import se.samsyn.agreement.NewRecipient;
import se.samsyn.agreement.NewSection;
import se.samsyn.agreement.NewSignatory;
import se.samsyn.agreement.NewSteeringDocument;
import se.samsyn.agreement.ReferralReply;
import se.samsyn.agreement.ReplyPosition;
import se.samsyn.organisation.OrganisationId;
import se.samsyn.shared.WorkspaceId;
import tools.jackson.databind.json.JsonMapper;

/**
 * Enters one of the seed agreements ({@code demo/agreements/*.json}, taken from real Swedish agreements and referral
 * replies) through the agreement module's API, with the same rules as a user: bodies, text, focus areas, steering
 * documents, referral and replies, decision, signatures and status.
 */
@Component
class DemoAgreements {

    record Seed(@Nullable String source, @Nullable List<String> assumptions, String municipalityCode, String title,
            AgreementLevel level, List<String> parties, LocalDate validFrom, LocalDate validTo, @Nullable String introduction,
            @Nullable String purpose, @Nullable String goals, @Nullable String organisation, @Nullable String followUp,
            @Nullable List<Section> focusAreas, @Nullable List<Section> sections, @Nullable List<Document> steeringDocuments,
            @Nullable List<Annex> annexes, @Nullable List<Body> bodies, @Nullable Referral referral, @Nullable Choice decision,
            @Nullable List<Signatory> signatories, AgreementStatus status) {}

    record Section(String title, @Nullable String body, @Nullable String goal) {}

    record Document(String title, @Nullable String adoptedNote, @Nullable LocalDate validFrom, @Nullable LocalDate validTo) {}

    record Annex(String kind, String title, @Nullable String body) {}

    record Member(String person, @Nullable String organisation, MemberRole role) {}

    record Body(String name, BodyKind kind, @Nullable String parent, @Nullable String mandate, @Nullable String cadence,
            @Nullable List<Member> members) {}

    record Reply(String recipient, ReplyPosition position, LocalDate receivedOn, @Nullable String reference, String text,
            @Nullable String resultingChange) {}

    record Referral(String title, LocalDate sentOn, LocalDate deadline, List<String> recipients, List<Reply> replies,
            @Nullable String compilation, boolean close) {}

    record Choice(String body, LocalDate decidedOn, String reference) {}

    record Signatory(String name, String function, @Nullable String party, @Nullable String place, LocalDate signedOn) {}

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final AgreementApi agreements;

    DemoAgreements(AgreementApi agreements) {
        this.agreements = agreements;
    }

    static Seed seed(String name) {
        try (var in = new ClassPathResource("demo/agreements/" + name + ".json").getInputStream()) {
            return JSON.readValue(in, Seed.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Loads the seed into the workspace; {@code parties} maps the party names in the file to organisations. */
    AgreementId load(WorkspaceId ws, String name, Map<String, OrganisationId> parties) {
        Seed s = seed(name);
        Map<String, GovernanceBodyId> bodies = bodies(ws, s);
        var id = agreements.create(ws, new AgreementContent(s.title(), s.level(), s.parties().stream().map(p -> party(parties, p))
                .toList(), s.validFrom(), s.validTo(), s.introduction(), s.purpose(), s.goals(), s.organisation(), s.followUp(),
                null, null, null), null);
        list(s.focusAreas()).forEach(f -> agreements.addFocusArea(ws, id, new NewSection(f.title(), f.body(), f.goal())));
        list(s.sections()).forEach(f -> agreements.addSection(ws, id, new NewSection(f.title(), f.body(), f.goal())));
        list(s.steeringDocuments()).forEach(d -> agreements.addSteeringDocument(ws, id,
                new NewSteeringDocument(d.title(), d.adoptedNote(), d.validFrom(), d.validTo())));
        list(s.annexes()).forEach(a -> agreements.addAnnex(ws, id, new NewAnnex(se.samsyn.agreement.AnnexKind.valueOf(a.kind()),
                a.title(), a.body(), null, null, null)));
        if (s.referral() != null) {
            referral(ws, id, s.referral());
        }
        if (s.status().decided() || s.status().inForce()) {
            var d = java.util.Objects.requireNonNull(s.decision());
            agreements.changeStatus(ws, id, AgreementStatus.PENDING_DECISION, null);
            agreements.changeStatus(ws, id, AgreementStatus.ADOPTED, new Decision(bodies.get(d.body()), d.decidedOn(), d.reference()));
            list(s.signatories()).forEach(g -> agreements.addSignatory(ws, id, new NewSignatory(g.name(), g.function(),
                    g.party() == null ? null : party(parties, g.party()), g.place(), g.signedOn())));
            if (s.status() != AgreementStatus.ADOPTED) {
                agreements.changeStatus(ws, id, AgreementStatus.SIGNED, null);
            }
            if (s.status() == AgreementStatus.ACTIVE) {
                agreements.changeStatus(ws, id, AgreementStatus.ACTIVE, null);
            }
        }
        return id;
    }

    private void referral(WorkspaceId ws, AgreementId id, Referral r) {
        var round = agreements.startReferral(ws, id, r.title(), r.sentOn(), r.deadline(),
                r.recipients().stream().map(n -> new NewRecipient(n, null, null)).toList());
        for (Reply reply : r.replies()) {
            agreements.reply(ws, round, reply.recipient(), new ReferralReply(reply.position(), reply.receivedOn(),
                    reply.reference(), reply.text(), null, null, null));
        }
        if (r.close()) {
            agreements.closeReferral(ws, round, r.compilation());
        }
    }

    private Map<String, GovernanceBodyId> bodies(WorkspaceId ws, Seed s) {
        Map<String, GovernanceBodyId> byName = new HashMap<>();
        agreements.bodies(ws).forEach(b -> byName.put(b.name(), b.id()));
        for (Body b : list(s.bodies())) {
            if (byName.containsKey(b.name())) {
                continue;
            }
            var id = agreements.createBody(ws, b.name(), b.kind(), b.parent() == null ? null : byName.get(b.parent()),
                    b.mandate(), b.cadence());
            byName.put(b.name(), id);
            list(b.members()).forEach(m -> agreements.addMember(ws, id, m.person(), m.organisation(), m.role()));
        }
        return byName;
    }

    private static OrganisationId party(Map<String, OrganisationId> parties, String name) {
        var id = parties.get(name);
        if (id == null) {
            throw new IllegalStateException("Demo seed names an unknown party: " + name);
        }
        return id;
    }

    private static <T> List<T> list(@Nullable List<T> items) {
        return items == null ? List.of() : items;
    }

}
