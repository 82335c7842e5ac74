package se.samsyn.agreement.domain;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samsyn.agreement.AgreementContent;
import se.samsyn.agreement.AgreementId;
import se.samsyn.agreement.AgreementLevel;
import se.samsyn.agreement.AgreementStatus;
import se.samsyn.agreement.Decision;
import se.samsyn.agreement.NewAnnex;
import se.samsyn.agreement.NewSection;
import se.samsyn.agreement.NewSignatory;
import se.samsyn.agreement.NewSteeringDocument;
import se.samsyn.audit.AuditApi;
import se.samsyn.audit.AuditRecord;
import se.samsyn.organisation.OrganisationApi;
import se.samsyn.organisation.OrganisationId;
import se.samsyn.organisation.OrganisationSummary;
import se.samsyn.organisation.OrganisationType;
import se.samsyn.shared.NotFoundException;
import se.samsyn.shared.RuleViolationException;
import se.samsyn.shared.WorkspaceId;

/**
 * Samverkansöverenskommelser: create and edit versions, their content, the status lifecycle (DOMAIN.md §12.3) and the
 * rules on parties, periods, adoption and signatures. Every method checks its input completely before it writes.
 */
@Service
public class AgreementService {

    static final String FOCUS_AREA = "FOCUS_AREA";
    static final String SECTION = "SECTION";
    static final int MAX_FILE_BYTES = 20 * 1024 * 1024;
    private static final List<OrganisationType> MUNICIPAL_SIDE =
            List.of(OrganisationType.MUNICIPALITY, OrganisationType.DISTRICT_ADMINISTRATION);
    private static final List<OrganisationType> POLICE_SIDE =
            List.of(OrganisationType.LOCAL_POLICE_AREA, OrganisationType.POLICE_REGION);

    private final AgreementRepository agreements;
    private final GovernanceService bodies;
    private final OrganisationApi organisations;
    private final AuditApi audit;

    AgreementService(AgreementRepository agreements, GovernanceService bodies, OrganisationApi organisations, AuditApi audit) {
        this.agreements = agreements;
        this.bodies = bodies;
        this.organisations = organisations;
        this.audit = audit;
    }

    /** The organisations of the workspace that can be a party: kommuner, stadsdelsnämnder, LPO and polisregioner. */
    @Transactional(readOnly = true)
    public List<PartyView> partyCandidates(WorkspaceId workspace) {
        var all = new java.util.LinkedHashMap<OrganisationId, OrganisationSummary>();
        organisations.findWorkspace(workspace).flatMap(w -> organisations.findOrganisation(w.municipality()))
                .ifPresent(o -> all.put(o.id(), o));
        organisations.organisationsIn(workspace).forEach(o -> all.putIfAbsent(o.id(), o));
        return all.values().stream().filter(o -> MUNICIPAL_SIDE.contains(o.type()) || POLICE_SIDE.contains(o.type()))
                .map(o -> new PartyView(o.id(), o.name(), o.type())).toList();
    }

    @Transactional(readOnly = true)
    public List<AgreementRow> list(WorkspaceId workspace, LocalDate today) {
        return agreements.heads(workspace).stream().map(h -> {
            var v = version(h.id(), h.currentVersion());
            var names = partyViews(h.id()).stream().map(PartyView::name).toList();
            return new AgreementRow(h.id(), v.title(), h.level(), effective(v, today), v.number(), v.validFrom(),
                    v.validTo(), names, renewalYear(workspace, h, today));
        }).toList();
    }

    @Transactional(readOnly = true)
    public AgreementView get(WorkspaceId workspace, AgreementId id, @Nullable Integer versionNo, LocalDate today) {
        var h = head(workspace, id);
        int number = versionNo == null ? h.currentVersion() : versionNo;
        var v = agreements.version(id, number).orElseThrow(() -> new NotFoundException("agreement.error.notFound"));
        Map<UUID, String> bodyNames = bodies.tree(workspace).stream()
                .collect(Collectors.toMap(b -> b.id().value(), BodyView::name));
        var parties = partyViews(id);
        Map<UUID, String> partyNames = parties.stream().collect(Collectors.toMap(p -> p.id().value(), PartyView::name));
        var sections = agreements.sections(id, number);
        var view = new VersionView(v.number(), effective(v, today), v.title(), v.validFrom(), v.validTo(), v.introduction(),
                v.purpose(), v.goals(), v.organisation(), v.followUp(), v.changeNote(),
                v.adoptedBy() == null ? null : bodyNames.get(v.adoptedBy()), v.adoptedOn(), v.decisionRef(),
                v.statusChangedAt(), sectionViews(sections, FOCUS_AREA), sectionViews(sections, SECTION),
                agreements.annexes(id, number), agreements.steeringDocuments(id, number),
                agreements.signatories(id, number).stream().map(s -> new SignatoryView(s.id(), s.name(), s.function(),
                        s.organisation() == null ? null : partyNames.getOrDefault(s.organisation(), organisationName(s.organisation())),
                        s.place(), s.signedOn())).toList());
        var versions = agreements.versions(id).stream().map(x -> new VersionSummary(x.number(), effective(x, today),
                x.changeNote(), x.adoptedOn(), x.statusChangedAt())).toList();
        return new AgreementView(id, workspace, h.level(), h.parent(), title(workspace, h.parent()), h.replaces(),
                title(workspace, h.replaces()), parties, h.currentVersion(), view, versions,
                renewalYear(workspace, h, today));
    }

    /** The current version's status as stored (never EXPIRED); for the referral service. */
    AgreementRepository.Version current(WorkspaceId workspace, AgreementId id) {
        var h = head(workspace, id);
        return version(id, h.currentVersion());
    }

    @Transactional
    public AgreementId create(WorkspaceId workspace, AgreementContent content, @Nullable UUID by) {
        var checked = check(workspace, null, content);
        var id = new AgreementId(UUID.randomUUID());
        agreements.insertHead(workspace, id, checked.level(), checked.parent(), checked.replaces(), by);
        agreements.replaceParties(id, checked.parties());
        agreements.insertVersion(id, 1, checked);
        audit.record(AuditRecord.change(workspace, "CREATE", "Agreement", id).with("level=" + checked.level()));
        return id;
    }

    /**
     * Saves the heading and text. A draft (or a version under revision or awaiting decision) changes in place; an adopted
     * or signed version is kept as history and the change becomes the next version, in draft.
     */
    @Transactional
    public int update(WorkspaceId workspace, AgreementId id, AgreementContent content, @Nullable UUID by) {
        var h = head(workspace, id);
        var v = version(id, h.currentVersion());
        var checked = check(workspace, id, content);
        int number = v.number();
        if (v.status().editable()) {
            agreements.updateVersionText(id, number, checked);
        } else if (v.status().decided()) {
            if (checked.changeNote() == null) {
                throw new RuleViolationException("agreement.error.noChangeNote");
            }
            number = v.number() + 1;
            agreements.insertVersion(id, number, checked);
            agreements.copyContent(id, v.number(), number);
            agreements.setCurrentVersion(id, number);
        } else {
            throw new RuleViolationException(v.status() == AgreementStatus.IN_REFERRAL ? "agreement.error.inReferral"
                    : "agreement.error.closed");
        }
        agreements.updateHead(id, checked.level(), checked.parent(), checked.replaces());
        agreements.replaceParties(id, checked.parties());
        audit.record(AuditRecord.change(workspace, "UPDATE", "Agreement", id).with("version=" + number));
        return number;
    }

    @Transactional
    public void addFocusArea(WorkspaceId workspace, AgreementId id, NewSection section) {
        addSection(workspace, id, FOCUS_AREA, section);
    }

    @Transactional
    public void addSection(WorkspaceId workspace, AgreementId id, NewSection section) {
        addSection(workspace, id, SECTION, section);
    }

    private void addSection(WorkspaceId workspace, AgreementId id, String kind, NewSection s) {
        int v = editableVersion(workspace, id);
        if (s.title() == null || s.title().isBlank()) {
            throw new RuleViolationException("agreement.error.noSectionTitle");
        }
        int position = (int) agreements.sections(id, v).stream().filter(x -> x.kind().equals(kind)).count() + 1;
        agreements.insertSection(id, v, kind, position, new NewSection(s.title().strip(), blank(s.body()), blank(s.goal())));
        audit.record(AuditRecord.change(workspace, "ADD_" + kind, "Agreement", id));
    }

    @Transactional
    public void updateSection(WorkspaceId workspace, AgreementId id, UUID section, NewSection s) {
        int v = editableVersion(workspace, id);
        if (s.title() == null || s.title().isBlank()) {
            throw new RuleViolationException("agreement.error.noSectionTitle");
        }
        if (agreements.updateSection(id, v, section, new NewSection(s.title().strip(), blank(s.body()), blank(s.goal()))) == 0) {
            throw new NotFoundException("agreement.error.notFound");
        }
        audit.record(AuditRecord.change(workspace, "UPDATE_SECTION", "Agreement", id));
    }

    /** Moves a focus area or section one step up or down among those of its kind. */
    @Transactional
    public void moveSection(WorkspaceId workspace, AgreementId id, UUID section, boolean up) {
        int v = editableVersion(workspace, id);
        var all = agreements.sections(id, v);
        var moved = all.stream().filter(x -> x.id().equals(section)).findFirst()
                .orElseThrow(() -> new NotFoundException("agreement.error.notFound"));
        var siblings = all.stream().filter(x -> x.kind().equals(moved.kind()))
                .sorted(java.util.Comparator.comparingInt(AgreementRepository.Section::position)).toList();
        int i = siblings.indexOf(moved);
        int j = up ? i - 1 : i + 1;
        if (j < 0 || j >= siblings.size()) {
            return;
        }
        for (int k = 0; k < siblings.size(); k++) {
            int position = k == i ? j + 1 : k == j ? i + 1 : k + 1;
            agreements.setSectionPosition(id, v, siblings.get(k).id(), position);
        }
        audit.record(AuditRecord.change(workspace, "MOVE_SECTION", "Agreement", id));
    }

    @Transactional
    public void removeSection(WorkspaceId workspace, AgreementId id, UUID section) {
        remove(workspace, id, "version_section", section);
    }

    @Transactional
    public void addAnnex(WorkspaceId workspace, AgreementId id, NewAnnex annex) {
        int v = editableVersion(workspace, id);
        if (annex.title() == null || annex.title().isBlank()) {
            throw new RuleViolationException("agreement.error.noAnnexTitle");
        }
        byte[] data = annex.data() == null || annex.data().length == 0 ? null : annex.data();
        if (data != null && data.length > MAX_FILE_BYTES) {
            throw new RuleViolationException("agreement.error.fileTooLarge");
        }
        agreements.insertAnnex(id, v, agreements.nextPosition("annex", id, v), new NewAnnex(annex.kind(), annex.title().strip(),
                blank(annex.body()), data == null ? null : fileName(annex.fileName()),
                data == null ? null : contentType(annex.contentType()), data));
        audit.record(AuditRecord.change(workspace, "ADD_ANNEX", "Agreement", id));
    }

    @Transactional
    public void removeAnnex(WorkspaceId workspace, AgreementId id, UUID annex) {
        remove(workspace, id, "annex", annex);
    }

    @Transactional(readOnly = true)
    public StoredFile annexFile(WorkspaceId workspace, AgreementId id, UUID annex) {
        return agreements.annexFile(workspace, id, annex).orElseThrow(() -> new NotFoundException("agreement.error.notFound"));
    }

    @Transactional
    public void addSteeringDocument(WorkspaceId workspace, AgreementId id, NewSteeringDocument d) {
        int v = editableVersion(workspace, id);
        if (d.title() == null || d.title().isBlank()) {
            throw new RuleViolationException("agreement.error.noDocumentTitle");
        }
        if (d.validFrom() != null && d.validTo() != null && d.validTo().isBefore(d.validFrom())) {
            throw new RuleViolationException("agreement.error.toBeforeFrom");
        }
        agreements.insertSteeringDocument(id, v, new NewSteeringDocument(d.title().strip(), blank(d.adoptedNote()),
                d.validFrom(), d.validTo()));
        audit.record(AuditRecord.change(workspace, "ADD_STEERING_DOCUMENT", "Agreement", id));
    }

    @Transactional
    public void removeSteeringDocument(WorkspaceId workspace, AgreementId id, UUID document) {
        remove(workspace, id, "steering_document", document);
    }

    /** Signatories may be added while the text is editable and after adoption, until the agreement is signed. */
    @Transactional
    public void addSignatory(WorkspaceId workspace, AgreementId id, NewSignatory s) {
        var h = head(workspace, id);
        var v = version(id, h.currentVersion());
        if (!v.status().editable() && v.status() != AgreementStatus.ADOPTED) {
            throw new RuleViolationException("agreement.error.signatoriesClosed");
        }
        if (s.name() == null || s.name().isBlank()) {
            throw new RuleViolationException("agreement.error.noSignatoryName");
        }
        if (s.function() == null || s.function().isBlank()) {
            throw new RuleViolationException("agreement.error.noSignatoryFunction");
        }
        if (s.organisation() != null && !agreements.parties(id).contains(s.organisation())) {
            throw new RuleViolationException("agreement.error.signatoryNotParty");
        }
        if (s.signedOn() != null) {
            checkSignedAfterAdoption(v.adoptedOn(), s.signedOn());
        }
        agreements.insertSignatory(id, v.number(), new NewSignatory(s.name().strip(), s.function().strip(), s.organisation(),
                blank(s.place()), s.signedOn()));
        audit.record(AuditRecord.change(workspace, "ADD_SIGNATORY", "Agreement", id));
    }

    @Transactional
    public void removeSignatory(WorkspaceId workspace, AgreementId id, UUID signatory) {
        var h = head(workspace, id);
        var v = version(id, h.currentVersion());
        if (!v.status().editable() && v.status() != AgreementStatus.ADOPTED) {
            throw new RuleViolationException("agreement.error.signatoriesClosed");
        }
        if (agreements.deleteRow("signatory", id, v.number(), signatory) == 0) {
            throw new NotFoundException("agreement.error.notFound");
        }
        audit.record(AuditRecord.change(workspace, "REMOVE_SIGNATORY", "Agreement", id));
    }

    /**
     * Moves the current version along the lifecycle. Adoption needs the deciding body, the date and the paragraf;
     * signing needs every signatory's date, none before the adoption. A signed version supersedes the earlier version
     * in force and the agreement it replaces.
     */
    @Transactional
    public void transition(WorkspaceId workspace, AgreementId id, @Nullable AgreementStatus target,
            @Nullable Decision decision) {
        var h = head(workspace, id);
        var v = version(id, h.currentVersion());
        if (target == null || !v.status().canMoveTo(target)) {
            throw new RuleViolationException("agreement.error.transition");
        }
        if (target == AgreementStatus.ADOPTED) {
            adopt(workspace, id, v, decision);
        }
        if (target == AgreementStatus.SIGNED) {
            var signatories = agreements.signatories(id, v.number());
            if (signatories.isEmpty() || signatories.stream().anyMatch(s -> s.signedOn() == null)) {
                throw new RuleViolationException("agreement.error.unsigned");
            }
            signatories.forEach(s -> checkSignedAfterAdoption(v.adoptedOn(), Objects.requireNonNull(s.signedOn())));
        }
        agreements.setStatus(id, v.number(), target);
        if (target == AgreementStatus.SIGNED) {
            supersedeEarlier(workspace, h, v.number());
        }
        audit.record(AuditRecord.change(workspace, "STATUS", "Agreement", id)
                .with("version=" + v.number() + ";from=" + v.status() + ";to=" + target));
    }

    private void adopt(WorkspaceId workspace, AgreementId id, AgreementRepository.Version v, @Nullable Decision d) {
        if (d == null || d.body() == null) {
            throw new RuleViolationException("agreement.error.noDecidingBody");
        }
        var body = bodies.get(workspace, d.body());
        if (body.retired()) {
            throw new RuleViolationException("agreement.error.bodyRetired", body.name());
        }
        if (d.decidedOn() == null) {
            throw new RuleViolationException("agreement.error.noDecisionDate");
        }
        if (d.reference() == null || d.reference().isBlank()) {
            throw new RuleViolationException("agreement.error.noDecisionReference");
        }
        agreements.signatories(id, v.number()).stream().map(AgreementRepository.Signatory::signedOn).filter(Objects::nonNull)
                .forEach(on -> checkSignedAfterAdoption(d.decidedOn(), on));
        agreements.setDecision(id, v.number(), d.body().value(), d.decidedOn(), d.reference().strip());
    }

    private void supersedeEarlier(WorkspaceId workspace, AgreementRepository.Head h, int signed) {
        for (var earlier : agreements.versions(h.id())) {
            if (earlier.number() != signed && earlier.status().inForce()) {
                agreements.setStatus(h.id(), earlier.number(), AgreementStatus.SUPERSEDED);
            }
        }
        if (h.replaces() != null) {
            var replaced = head(workspace, h.replaces());
            for (var old : agreements.versions(replaced.id())) {
                if (old.status().inForce()) {
                    agreements.setStatus(replaced.id(), old.number(), AgreementStatus.SUPERSEDED);
                    audit.record(AuditRecord.change(workspace, "STATUS", "Agreement", replaced.id())
                            .with("version=" + old.number() + ";to=SUPERSEDED"));
                }
            }
        }
    }

    /** Used by the referral rounds: the current version goes out on referral, or comes back for revision. */
    void moveForReferral(WorkspaceId workspace, AgreementId id, int version, AgreementStatus to) {
        agreements.setStatus(id, version, to);
        audit.record(AuditRecord.change(workspace, "STATUS", "Agreement", id).with("version=" + version + ";to=" + to));
    }

    private static void checkSignedAfterAdoption(@Nullable LocalDate adoptedOn, LocalDate signedOn) {
        if (adoptedOn == null) {
            throw new RuleViolationException("agreement.error.signedNotAdopted");
        }
        if (signedOn.isBefore(adoptedOn)) {
            throw new RuleViolationException("agreement.error.signedBeforeAdoption", signedOn.toString(), adoptedOn.toString());
        }
    }

    private int editableVersion(WorkspaceId workspace, AgreementId id) {
        var h = head(workspace, id);
        var v = version(id, h.currentVersion());
        if (v.status().editable()) {
            return v.number();
        }
        throw new RuleViolationException(v.status() == AgreementStatus.IN_REFERRAL ? "agreement.error.inReferral"
                : v.status().decided() ? "agreement.error.decidedEditFirst" : "agreement.error.closed");
    }

    private void remove(WorkspaceId workspace, AgreementId id, String table, UUID row) {
        int v = editableVersion(workspace, id);
        if (agreements.deleteRow(table, id, v, row) == 0) {
            throw new NotFoundException("agreement.error.notFound");
        }
        audit.record(AuditRecord.change(workspace, "REMOVE_" + table.toUpperCase(java.util.Locale.ROOT), "Agreement", id));
    }

    /** Validates a form or import completely and returns it stripped and with its parties de-duplicated. */
    private AgreementContent check(WorkspaceId workspace, @Nullable AgreementId self, AgreementContent c) {
        if (c.title() == null || c.title().isBlank()) {
            throw new RuleViolationException("agreement.error.noTitle");
        }
        if (c.level() == null) {
            throw new RuleViolationException("agreement.error.noLevel");
        }
        if (c.validFrom() == null || c.validTo() == null) {
            throw new RuleViolationException("agreement.error.noPeriod");
        }
        if (c.validTo().isBefore(c.validFrom())) {
            throw new RuleViolationException("agreement.error.toBeforeFrom");
        }
        var candidates = partyCandidates(workspace).stream().collect(Collectors.toMap(PartyView::id, Function.identity()));
        var parties = c.parties().stream().distinct().toList();
        for (OrganisationId p : parties) {
            if (!candidates.containsKey(p)) {
                throw new RuleViolationException("agreement.error.partyNotInWorkspace", organisationName(p.value()));
            }
        }
        if (parties.stream().noneMatch(p -> MUNICIPAL_SIDE.contains(candidates.get(p).type()))) {
            throw new RuleViolationException("agreement.error.noMunicipalParty");
        }
        if (parties.stream().noneMatch(p -> POLICE_SIDE.contains(candidates.get(p).type()))) {
            throw new RuleViolationException("agreement.error.noPoliceParty");
        }
        if (c.parent() != null) {
            if (c.parent().equals(self) || head(workspace, c.parent()).level() != AgreementLevel.FRAMEWORK) {
                throw new RuleViolationException("agreement.error.parentNotFramework");
            }
        }
        if (c.replaces() != null && (c.replaces().equals(self) || agreements.head(workspace, c.replaces()).isEmpty())) {
            throw new RuleViolationException("agreement.error.replacesInvalid");
        }
        checkOverlap(workspace, self, c, parties);
        return new AgreementContent(c.title().strip(), c.level(), parties, c.validFrom(), c.validTo(), blank(c.introduction()),
                blank(c.purpose()), blank(c.goals()), blank(c.organisation()), blank(c.followUp()), c.parent(), c.replaces(),
                blank(c.changeNote()));
    }

    /** Two agreements at the same level between exactly the same parties must not be valid on the same day. */
    private void checkOverlap(WorkspaceId workspace, @Nullable AgreementId self, AgreementContent c, List<OrganisationId> parties) {
        var set = new HashSet<>(parties);
        for (var other : agreements.heads(workspace)) {
            if (other.id().equals(self) || other.id().equals(c.replaces()) || other.level() != c.level()
                    || (self != null && self.equals(other.replaces()))) {
                continue;
            }
            var v = version(other.id(), other.currentVersion());
            if (v.status() == AgreementStatus.TERMINATED || v.status() == AgreementStatus.SUPERSEDED) {
                continue;
            }
            boolean overlaps = !v.validFrom().isAfter(c.validTo()) && !c.validFrom().isAfter(v.validTo());
            if (overlaps && set.equals(new HashSet<>(agreements.parties(other.id())))) {
                throw new RuleViolationException("agreement.error.overlap", v.title(), v.validFrom().toString(),
                        v.validTo().toString());
            }
        }
    }

    private @Nullable Integer renewalYear(WorkspaceId workspace, AgreementRepository.Head h, LocalDate today) {
        var inForce = agreements.versions(h.id()).stream().filter(v -> v.status().inForce()).findFirst();
        if (inForce.isEmpty()) {
            return null;
        }
        LocalDate to = inForce.get().validTo();
        boolean soon = !to.isBefore(today) && !to.isAfter(today.plusMonths(12));
        return soon && agreements.replacing(workspace, h.id()).isEmpty() ? to.getYear() : null;
    }

    static AgreementStatus effective(AgreementRepository.Version v, LocalDate today) {
        return v.status().inForce() && v.validTo().isBefore(today) ? AgreementStatus.EXPIRED : v.status();
    }

    private List<PartyView> partyViews(AgreementId id) {
        return agreements.parties(id).stream().map(p -> organisations.findOrganisation(p)
                        .map(o -> new PartyView(o.id(), o.name(), o.type())).orElse(null))
                .filter(Objects::nonNull).map(Objects::requireNonNull)
                .sorted(java.util.Comparator.comparing((PartyView p) -> POLICE_SIDE.contains(p.type())).thenComparing(PartyView::name))
                .toList();
    }

    private String organisationName(UUID id) {
        return organisations.findOrganisation(new se.samsyn.organisation.OrganisationId(id)).map(OrganisationSummary::name)
                .orElse("?");
    }

    private @Nullable String title(WorkspaceId workspace, @Nullable AgreementId id) {
        if (id == null) {
            return null;
        }
        return agreements.head(workspace, id).map(h -> version(h.id(), h.currentVersion()).title()).orElse(null);
    }

    AgreementRepository.Head head(WorkspaceId workspace, AgreementId id) {
        return agreements.head(workspace, id).orElseThrow(() -> new NotFoundException("agreement.error.notFound"));
    }

    private AgreementRepository.Version version(AgreementId id, int number) {
        return agreements.version(id, number).orElseThrow(() -> new NotFoundException("agreement.error.notFound"));
    }

    private static List<SectionView> sectionViews(List<AgreementRepository.Section> all, String kind) {
        return all.stream().filter(s -> s.kind().equals(kind))
                .map(s -> new SectionView(s.id(), s.position(), s.title(), s.body(), s.goal())).toList();
    }

    static @Nullable String blank(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static String fileName(@Nullable String name) {
        String n = name == null || name.isBlank() ? "bilaga" : name.strip();
        n = n.substring(Math.max(n.lastIndexOf('/'), n.lastIndexOf('\\')) + 1).replaceAll("[\\r\\n\"]", "_");
        return n.length() > 200 ? n.substring(0, 200) : n;
    }

    static String contentType(@Nullable String type) {
        return type == null || type.isBlank() ? "application/octet-stream" : type.strip();
    }
}
