package se.samsyn.agreement.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samsyn.agreement.BodyKind;
import se.samsyn.agreement.GovernanceBodyId;
import se.samsyn.agreement.MemberRole;
import se.samsyn.audit.AuditApi;
import se.samsyn.audit.AuditRecord;
import se.samsyn.shared.NotFoundException;
import se.samsyn.shared.RuleViolationException;
import se.samsyn.shared.WorkspaceId;

/**
 * Governance bodies as a tree per workspace, with members, mandate and meeting cadence. A body that adopted an agreement
 * or has sub-bodies is retired, never deleted, so decisions keep their body.
 */
@Service
public class GovernanceService {

    private final GovernanceRepository bodies;
    private final AgreementRepository agreements;
    private final AuditApi audit;

    GovernanceService(GovernanceRepository bodies, AgreementRepository agreements, AuditApi audit) {
        this.bodies = bodies;
        this.agreements = agreements;
        this.audit = audit;
    }

    /** Depth-first: each body followed by its sub-bodies. */
    @Transactional(readOnly = true)
    public List<BodyView> tree(WorkspaceId workspace) {
        var rows = bodies.bodies(workspace);
        var members = bodies.members(workspace);
        List<BodyView> result = new ArrayList<>();
        rows.stream().filter(r -> r.parent() == null || rows.stream().noneMatch(p -> p.id().equals(r.parent())))
                .forEach(r -> walk(r, 0, rows, members, result));
        return result;
    }

    private static void walk(GovernanceRepository.Row r, int depth, List<GovernanceRepository.Row> rows,
            Map<UUID, List<MemberView>> members, List<BodyView> out) {
        out.add(new BodyView(r.id(), r.parent(), r.name(), r.kind(), r.mandate(), r.cadence(), r.retiredOn(), depth,
                List.copyOf(members.getOrDefault(r.id().value(), List.of()))));
        rows.stream().filter(c -> r.id().equals(c.parent())).forEach(c -> walk(c, depth + 1, rows, members, out));
    }

    @Transactional(readOnly = true)
    public BodyView get(WorkspaceId workspace, GovernanceBodyId id) {
        return tree(workspace).stream().filter(b -> b.id().equals(id)).findFirst()
                .orElseThrow(() -> new NotFoundException("agreement.body.error.notFound"));
    }

    @Transactional
    public GovernanceBodyId create(WorkspaceId workspace, @Nullable String name, @Nullable BodyKind kind,
            @Nullable GovernanceBodyId parent, @Nullable String mandate, @Nullable String cadence) {
        if (name == null || name.isBlank()) {
            throw new RuleViolationException("agreement.body.error.noName");
        }
        if (kind == null) {
            throw new RuleViolationException("agreement.body.error.noKind");
        }
        if (parent != null && get(workspace, parent).retired()) {
            throw new RuleViolationException("agreement.body.error.parentRetired");
        }
        var id = new GovernanceBodyId(UUID.randomUUID());
        bodies.insert(workspace, id, parent, name.strip(), kind, blankToNull(mandate), blankToNull(cadence));
        audit.record(AuditRecord.change(workspace, "CREATE", "GovernanceBody", id).with("kind=" + kind));
        return id;
    }

    @Transactional
    public void update(WorkspaceId workspace, GovernanceBodyId id, @Nullable String name, @Nullable String mandate,
            @Nullable String cadence) {
        var body = get(workspace, id);
        bodies.update(workspace, id, name == null || name.isBlank() ? body.name() : name.strip(), blankToNull(mandate),
                blankToNull(cadence));
        audit.record(AuditRecord.change(workspace, "UPDATE", "GovernanceBody", id));
    }

    @Transactional
    public void addMember(WorkspaceId workspace, GovernanceBodyId id, @Nullable String person, @Nullable String organisation,
            @Nullable MemberRole role) {
        get(workspace, id);
        if (person == null || person.isBlank()) {
            throw new RuleViolationException("agreement.body.error.noPerson");
        }
        bodies.insertMember(id, person.strip(), blankToNull(organisation), role == null ? MemberRole.MEMBER : role);
        audit.record(AuditRecord.change(workspace, "ADD_MEMBER", "GovernanceBody", id));
    }

    @Transactional
    public void removeMember(WorkspaceId workspace, GovernanceBodyId id, UUID member) {
        get(workspace, id);
        if (bodies.deleteMember(id, member) == 0) {
            throw new NotFoundException("agreement.body.error.notFound");
        }
        audit.record(AuditRecord.change(workspace, "REMOVE_MEMBER", "GovernanceBody", id));
    }

    @Transactional
    public void retire(WorkspaceId workspace, GovernanceBodyId id, @Nullable LocalDate on) {
        var body = get(workspace, id);
        if (!body.retired()) {
            bodies.retire(workspace, id, on == null ? LocalDate.now() : on);
            audit.record(AuditRecord.change(workspace, "RETIRE", "GovernanceBody", id));
        }
    }

    @Transactional
    public void delete(WorkspaceId workspace, GovernanceBodyId id) {
        get(workspace, id);
        if (agreements.bodyAdoptedSomething(id.value())) {
            throw new RuleViolationException("agreement.body.error.adoptedSomething");
        }
        if (tree(workspace).stream().anyMatch(b -> id.equals(b.parent()))) {
            throw new RuleViolationException("agreement.body.error.hasChildren");
        }
        bodies.delete(workspace, id);
        audit.record(AuditRecord.change(workspace, "DELETE", "GovernanceBody", id));
    }

    static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
