package se.samsyn.organisation.domain;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samsyn.audit.AuditApi;
import se.samsyn.audit.AuditRecord;
import se.samsyn.organisation.Municipality;
import se.samsyn.organisation.NewOrganisation;
import se.samsyn.organisation.OrganisationAccessRevoked;
import se.samsyn.organisation.OrganisationId;
import se.samsyn.organisation.OrganisationSummary;
import se.samsyn.organisation.OrganisationType;
import se.samsyn.organisation.PartnerKind;
import se.samsyn.organisation.WorkspaceSummary;
import se.samsyn.shared.ConflictException;
import se.samsyn.shared.NotFoundException;
import se.samsyn.shared.RuleViolationException;
import se.samsyn.shared.WorkspaceId;

/** Registers organisations, opens municipality workspaces and grants organisations access to them. */
@Service
public class OrganisationService {

    private final JdbcClient jdbc;
    private final AuditApi audit;
    private final ApplicationEventPublisher events;
    private final Map<String, Municipality> municipalities;

    OrganisationService(JdbcClient jdbc, AuditApi audit, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.events = events;
        this.municipalities = loadMunicipalities();
    }

    public List<Municipality> municipalities() {
        return List.copyOf(municipalities.values());
    }

    public Optional<Municipality> municipality(String code) {
        return Optional.ofNullable(municipalities.get(code));
    }

    @Transactional
    public OrganisationId register(NewOrganisation org) {
        return register(org, List.of());
    }

    /** Registers an organisation and, for a lokalpolisområde, the kommuner it serves, in one transaction. */
    @Transactional
    public OrganisationId register(NewOrganisation org, Collection<String> servedCodes) {
        var valid = validate(org, null);
        var served = validServed(valid.type(), servedCodes);
        var id = new OrganisationId(UUID.randomUUID());
        var now = Timestamp.from(Instant.now());
        jdbc.sql("""
                insert into organisation.organisation (id, name, type, partner_kind, municipality_code, org_number, parent_id,
                    active, created_at, updated_at, version)
                values (:id, :name, :type, :kind, :code, :orgNumber, :parent, true, :now, :now, 0)
                """)
                .param("id", id.value())
                .param("name", valid.name())
                .param("type", valid.type().name())
                .param("kind", valid.partnerKind())
                .param("code", valid.municipalityCode())
                .param("orgNumber", valid.orgNumber())
                .param("parent", valid.parent() == null ? null : valid.parent().value())
                .param("now", now)
                .update();
        audit.record(AuditRecord.change(null, "CREATE", "Organisation", id).with("type=" + valid.type()));
        replaceServed(id, served);
        return id;
    }

    /**
     * Changes an organisation. {@code version} is the one the form was read at; a concurrent change wins and this one
     * fails with a conflict. A kommun that owns a workspace keeps its type and kommunkod.
     */
    @Transactional
    public void update(OrganisationId id, NewOrganisation changes, Collection<String> servedCodes, long version) {
        var current = details(id).orElseThrow(() -> new NotFoundException("organisation.error.notFound"));
        var valid = validate(changes, id);
        var served = validServed(valid.type(), servedCodes);
        var before = current.summary();
        if (ownsWorkspace(id) && (valid.type() != before.type()
                || !Objects.equals(valid.municipalityCode(), before.municipalityCode()))) {
            throw new RuleViolationException("organisation.error.workspaceOwnerFixed");
        }
        if (valid.parent() != null && isSelfOrAncestor(id, valid.parent())) {
            throw new RuleViolationException("organisation.error.parentCycle");
        }
        int rows = jdbc.sql("""
                update organisation.organisation set name = :name, type = :type, partner_kind = :kind,
                    municipality_code = :code, org_number = :orgNumber, parent_id = :parent, updated_at = :now,
                    version = version + 1
                where id = :id and version = :version
                """)
                .param("id", id.value())
                .param("version", version)
                .param("name", valid.name())
                .param("type", valid.type().name())
                .param("kind", valid.partnerKind())
                .param("code", valid.municipalityCode())
                .param("orgNumber", valid.orgNumber())
                .param("parent", valid.parent() == null ? null : valid.parent().value())
                .param("now", Timestamp.from(Instant.now()))
                .update();
        if (rows == 0) {
            throw new ConflictException("organisation.error.changedMeanwhile", before.name());
        }
        var changed = new ArrayList<String>();
        addIfChanged(changed, "name", before.name(), valid.name());
        addIfChanged(changed, "type", before.type(), valid.type());
        addIfChanged(changed, "partnerKind", before.partnerKind(), valid.partnerKind());
        addIfChanged(changed, "municipalityCode", before.municipalityCode(), valid.municipalityCode());
        addIfChanged(changed, "orgNumber", current.orgNumber(), valid.orgNumber());
        addIfChanged(changed, "parent", before.parent(), valid.parent());
        audit.record(AuditRecord.change(null, "UPDATE", "Organisation", id).with("fields=" + String.join(",", changed)));
        if (!served.equals(Set.copyOf(current.servedMunicipalityCodes()))) {
            replaceServed(id, served);
        }
    }

    /** The kommuner a lokalpolisområde serves, in SCB order. */
    @Transactional(readOnly = true)
    public List<Municipality> servedMunicipalities(OrganisationId organisation) {
        return servedCodes(organisation).stream().map(municipalities::get).filter(Objects::nonNull).toList();
    }

    /** The lokalpolisområden that serve a kommun. */
    @Transactional(readOnly = true)
    public List<OrganisationSummary> servingPoliceAreas(String municipalityCode) {
        return jdbc.sql("""
                select o.* from organisation.organisation o
                join organisation.served_municipality s on s.organisation_id = o.id
                where s.municipality_code = :code order by o.name
                """)
                .param("code", municipalityCode)
                .query(OrganisationService::organisation)
                .list();
    }

    /**
     * Grants a lokalpolisområde access to the workspace of every kommun it serves that has one. Returns the workspaces
     * where access is new.
     */
    @Transactional
    public List<WorkspaceSummary> grantServedMunicipalities(OrganisationId organisation) {
        find(organisation).orElseThrow(() -> new NotFoundException("organisation.error.notFound"));
        var granted = new ArrayList<WorkspaceSummary>();
        for (String code : servedCodes(organisation)) {
            var workspace = findWorkspaceByCode(code);
            if (workspace.isPresent() && !isGranted(workspace.get().id(), organisation)) {
                grant(workspace.get().id(), organisation);
                granted.add(workspace.get());
            }
        }
        return granted;
    }

    @Transactional(readOnly = true)
    public Optional<OrganisationDetails> details(OrganisationId id) {
        return find(id).map(summary -> {
            var row = jdbc.sql("select org_number, version from organisation.organisation where id = :id")
                    .param("id", id.value())
                    .query((rs, n) -> new Object[] {rs.getString("org_number"), rs.getLong("version")})
                    .single();
            return new OrganisationDetails(summary, (String) row[0], (Long) row[1], servedCodes(id));
        });
    }

    /** Organisations of one type (or all), whose name, kommunkod or organisationsnummer contains the text. */
    @Transactional(readOnly = true)
    public List<OrganisationSummary> search(@Nullable OrganisationType type, @Nullable String text) {
        var sql = new StringBuilder("select * from organisation.organisation where 1 = 1");
        var params = new LinkedHashMap<String, Object>();
        if (type != null) {
            sql.append(" and type = :type");
            params.put("type", type.name());
        }
        if (text != null && !text.isBlank()) {
            sql.append(" and (lower(name) like :text or municipality_code like :text or org_number like :text)");
            params.put("text", "%" + text.strip().toLowerCase(Locale.ROOT) + "%");
        }
        sql.append(" order by type, name");
        var spec = jdbc.sql(sql.toString());
        for (var p : params.entrySet()) {
            spec = spec.param(p.getKey(), p.getValue());
        }
        return spec.query(OrganisationService::organisation).list();
    }

    /** The workspaces an organisation has access to. */
    @Transactional(readOnly = true)
    public List<WorkspaceSummary> workspacesOf(OrganisationId organisation) {
        return jdbc.sql("""
                select w.* from organisation.workspace w
                join organisation.workspace_grant g on g.workspace_id = w.id
                where g.organisation_id = :o order by w.name
                """)
                .param("o", organisation.value())
                .query(OrganisationService::workspace)
                .list();
    }

    /** A workspace administrator may bring in external partners, nothing else. */
    @Transactional
    public void grantPartner(WorkspaceId workspace, OrganisationId organisation) {
        requirePartner(organisation);
        grant(workspace, organisation);
    }

    @Transactional
    public void revokePartner(WorkspaceId workspace, OrganisationId organisation) {
        requirePartner(organisation);
        revoke(workspace, organisation);
    }

    private void requirePartner(OrganisationId organisation) {
        var org = find(organisation).orElseThrow(() -> new NotFoundException("organisation.error.notFound"));
        if (org.type() != OrganisationType.PARTNER) {
            throw new RuleViolationException("organisation.error.onlyPartners");
        }
    }

    private record Valid(String name, OrganisationType type, @Nullable String partnerKind,
            @Nullable String municipalityCode, @Nullable String orgNumber, @Nullable OrganisationId parent) {}

    private Valid validate(NewOrganisation org, @Nullable OrganisationId self) {
        String name = org.name() == null ? "" : org.name().strip();
        if (name.isEmpty()) {
            throw new RuleViolationException("organisation.error.nameRequired");
        }
        if (org.type() == null) {
            throw new RuleViolationException("organisation.error.typeRequired");
        }
        String code = blankToNull(org.municipalityCode());
        if (org.type() == OrganisationType.MUNICIPALITY) {
            if (code == null || !municipalities.containsKey(code)) {
                throw new RuleViolationException("organisation.error.unknownMunicipalityCode", String.valueOf(code));
            }
            if (existsWhere("municipality_code = :v", code, self)) {
                throw new ConflictException("organisation.error.municipalityExists", code);
            }
        } else {
            code = null;
        }
        String kind = null;
        if (org.type() == OrganisationType.PARTNER) {
            kind = blankToNull(org.partnerKind());
            if (kind == null) {
                kind = PartnerKind.OTHER.name();
            } else if (!isPartnerKind(kind)) {
                throw new RuleViolationException("organisation.error.unknownPartnerKind", kind);
            }
        }
        if (existsWhere("lower(name) = lower(:v)", name, self)) {
            throw new ConflictException("organisation.error.nameTaken", name);
        }
        if (org.parent() != null && find(org.parent()).isEmpty()) {
            throw new NotFoundException("organisation.error.parentNotFound");
        }
        return new Valid(name, org.type(), kind, code, blankToNull(org.orgNumber()), org.parent());
    }

    private Set<String> validServed(OrganisationType type, Collection<String> codes) {
        var served = new LinkedHashSet<String>();
        for (String c : codes) {
            if (c != null && !c.isBlank()) {
                served.add(c.strip());
            }
        }
        if (served.isEmpty()) {
            return Set.of();
        }
        if (type != OrganisationType.LOCAL_POLICE_AREA) {
            throw new RuleViolationException("organisation.error.servesOnlyPolice");
        }
        for (String c : served) {
            if (!municipalities.containsKey(c)) {
                throw new RuleViolationException("organisation.error.unknownServedCode", c);
            }
        }
        return Set.copyOf(served);
    }

    private void replaceServed(OrganisationId id, Set<String> codes) {
        jdbc.sql("delete from organisation.served_municipality where organisation_id = :o").param("o", id.value()).update();
        var sorted = new ArrayList<>(codes);
        Collections.sort(sorted);
        for (String code : sorted) {
            jdbc.sql("insert into organisation.served_municipality (organisation_id, municipality_code) values (:o, :c)")
                    .param("o", id.value())
                    .param("c", code)
                    .update();
        }
        audit.record(AuditRecord.change(null, "SERVE", "Organisation", id).with("municipalityCodes=" + String.join(",", sorted)));
    }

    private List<String> servedCodes(OrganisationId id) {
        return jdbc.sql("select municipality_code from organisation.served_municipality where organisation_id = :o order by municipality_code")
                .param("o", id.value())
                .query(String.class)
                .list();
    }

    private boolean ownsWorkspace(OrganisationId id) {
        return jdbc.sql("select count(*) from organisation.workspace where municipality_id = :o")
                        .param("o", id.value())
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** True when {@code candidate} is {@code id} itself or lies below it, so making it the parent would close a loop. */
    private boolean isSelfOrAncestor(OrganisationId id, OrganisationId candidate) {
        var seen = new HashSet<OrganisationId>();
        OrganisationId current = candidate;
        while (current != null && seen.add(current)) {
            if (current.equals(id)) {
                return true;
            }
            current = find(current).map(OrganisationSummary::parent).orElse(null);
        }
        return false;
    }

    private static boolean isPartnerKind(String kind) {
        return Arrays.stream(PartnerKind.values()).anyMatch(k -> k.name().equals(kind));
    }

    private static void addIfChanged(List<String> changed, String field, @Nullable Object before, @Nullable Object after) {
        if (!Objects.equals(before, after)) {
            changed.add(field);
        }
    }

    @Transactional
    public WorkspaceId openWorkspace(OrganisationId municipalityId) {
        var municipality = find(municipalityId).orElseThrow(() -> new NotFoundException("organisation.error.notFound"));
        if (municipality.type() != OrganisationType.MUNICIPALITY || municipality.municipalityCode() == null) {
            throw new RuleViolationException("organisation.error.workspaceNeedsMunicipality");
        }
        if (findWorkspaceByCode(municipality.municipalityCode()).isPresent()) {
            throw new ConflictException("organisation.error.workspaceExists", municipality.name());
        }
        var id = new WorkspaceId(UUID.randomUUID());
        jdbc.sql("""
                insert into organisation.workspace (id, name, municipality_code, municipality_id, created_at, version)
                values (:id, :name, :code, :municipality, :now, 0)
                """)
                .param("id", id.value())
                .param("name", municipality.name())
                .param("code", municipality.municipalityCode())
                .param("municipality", municipalityId.value())
                .param("now", Timestamp.from(Instant.now()))
                .update();
        audit.record(AuditRecord.change(id, "CREATE", "Workspace", id));
        grant(id, municipalityId);
        return id;
    }

    @Transactional
    public void grant(WorkspaceId workspace, OrganisationId organisation) {
        findWorkspace(workspace).orElseThrow(() -> new NotFoundException("organisation.error.workspaceNotFound"));
        find(organisation).orElseThrow(() -> new NotFoundException("organisation.error.notFound"));
        if (isGranted(workspace, organisation)) {
            return;
        }
        jdbc.sql("insert into organisation.workspace_grant (workspace_id, organisation_id, granted_at) values (:w, :o, :now)")
                .param("w", workspace.value())
                .param("o", organisation.value())
                .param("now", Timestamp.from(Instant.now()))
                .update();
        audit.record(AuditRecord.change(workspace, "GRANT", "Organisation", organisation));
    }

    @Transactional
    public void revoke(WorkspaceId workspace, OrganisationId organisation) {
        var ws = findWorkspace(workspace).orElseThrow(() -> new NotFoundException("organisation.error.workspaceNotFound"));
        if (ws.municipality().equals(organisation)) {
            throw new RuleViolationException("organisation.error.cannotRevokeOwner");
        }
        int removed = jdbc.sql("delete from organisation.workspace_grant where workspace_id = :w and organisation_id = :o")
                .param("w", workspace.value())
                .param("o", organisation.value())
                .update();
        if (removed > 0) {
            audit.record(AuditRecord.change(workspace, "REVOKE", "Organisation", organisation));
            events.publishEvent(new OrganisationAccessRevoked(workspace, organisation));
        }
    }

    @Transactional(readOnly = true)
    public Optional<OrganisationSummary> find(OrganisationId id) {
        return jdbc.sql("select * from organisation.organisation where id = :id")
                .param("id", id.value())
                .query(OrganisationService::organisation)
                .optional();
    }

    @Transactional(readOnly = true)
    public List<OrganisationSummary> all() {
        return jdbc.sql("select * from organisation.organisation order by type, name").query(OrganisationService::organisation).list();
    }

    @Transactional(readOnly = true)
    public List<OrganisationSummary> organisationsIn(WorkspaceId workspace) {
        return jdbc.sql("""
                select o.* from organisation.organisation o
                join organisation.workspace_grant g on g.organisation_id = o.id
                where g.workspace_id = :w order by o.type, o.name
                """)
                .param("w", workspace.value())
                .query(OrganisationService::organisation)
                .list();
    }

    @Transactional(readOnly = true)
    public boolean isGranted(WorkspaceId workspace, OrganisationId organisation) {
        return jdbc.sql("select count(*) from organisation.workspace_grant where workspace_id = :w and organisation_id = :o")
                        .param("w", workspace.value())
                        .param("o", organisation.value())
                        .query(Long.class)
                        .single()
                > 0;
    }

    @Transactional(readOnly = true)
    public Optional<WorkspaceSummary> findWorkspace(WorkspaceId id) {
        return jdbc.sql("select * from organisation.workspace where id = :id")
                .param("id", id.value())
                .query(OrganisationService::workspace)
                .optional();
    }

    @Transactional(readOnly = true)
    public Optional<WorkspaceSummary> findWorkspaceByCode(String code) {
        return jdbc.sql("select * from organisation.workspace where municipality_code = :c")
                .param("c", code)
                .query(OrganisationService::workspace)
                .optional();
    }

    @Transactional(readOnly = true)
    public List<WorkspaceSummary> workspaces() {
        return jdbc.sql("select * from organisation.workspace order by name").query(OrganisationService::workspace).list();
    }

    private boolean existsWhere(String condition, String value, @Nullable OrganisationId self) {
        var spec = jdbc.sql("select count(*) from organisation.organisation where " + condition
                + (self == null ? "" : " and id <> :self")).param("v", value);
        if (self != null) {
            spec = spec.param("self", self.value());
        }
        return spec.query(Long.class)
                        .single()
                > 0;
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static OrganisationSummary organisation(ResultSet rs, int row) throws SQLException {
        UUID parent = rs.getObject("parent_id", UUID.class);
        return new OrganisationSummary(
                new OrganisationId(rs.getObject("id", UUID.class)),
                rs.getString("name"),
                OrganisationType.valueOf(rs.getString("type")),
                rs.getString("partner_kind"),
                rs.getString("municipality_code"),
                parent == null ? null : new OrganisationId(parent),
                rs.getBoolean("active"));
    }

    private static WorkspaceSummary workspace(ResultSet rs, int row) throws SQLException {
        return new WorkspaceSummary(
                new WorkspaceId(rs.getObject("id", UUID.class)),
                rs.getString("name"),
                rs.getString("municipality_code"),
                new OrganisationId(rs.getObject("municipality_id", UUID.class)));
    }

    private static Map<String, Municipality> loadMunicipalities() {
        var result = new LinkedHashMap<String, Municipality>();
        try (var reader = new InputStreamReader(
                new ClassPathResource("organisation/municipalities.csv").getInputStream(), StandardCharsets.UTF_8)) {
            var format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
            for (var r : format.parse(reader)) {
                result.put(r.get("kommunkod"), new Municipality(r.get("kommunkod"), r.get("kommun"), r.get("lanskod"),
                        r.get("lan"), Integer.parseInt(r.get("folkmangd_2024"))));
            }
        } catch (IOException e) {
            throw new IllegalStateException("Municipality code list missing", e);
        }
        return java.util.Collections.unmodifiableMap(result);
    }
}
