package se.samsyn.organisation.domain;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samsyn.audit.AuditApi;
import se.samsyn.audit.AuditRecord;
import se.samsyn.organisation.Municipality;
import se.samsyn.organisation.NewOrganisation;
import se.samsyn.organisation.OrganisationId;
import se.samsyn.organisation.OrganisationSummary;
import se.samsyn.organisation.OrganisationType;
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
    private final Map<String, Municipality> municipalities;

    OrganisationService(JdbcClient jdbc, AuditApi audit) {
        this.jdbc = jdbc;
        this.audit = audit;
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
        String name = org.name().strip();
        if (name.isEmpty()) {
            throw new RuleViolationException("organisation.error.nameRequired");
        }
        String code = org.municipalityCode() == null || org.municipalityCode().isBlank() ? null : org.municipalityCode().strip();
        if (org.type() == OrganisationType.MUNICIPALITY) {
            if (code == null || !municipalities.containsKey(code)) {
                throw new RuleViolationException("organisation.error.unknownMunicipalityCode", String.valueOf(code));
            }
            if (existsWhere("municipality_code = :v", code)) {
                throw new ConflictException("organisation.error.municipalityExists", code);
            }
        } else {
            code = null;
        }
        if (existsWhere("lower(name) = lower(:v)", name)) {
            throw new ConflictException("organisation.error.nameTaken", name);
        }
        if (org.parent() != null && find(org.parent()).isEmpty()) {
            throw new NotFoundException("organisation.error.parentNotFound");
        }
        var id = new OrganisationId(UUID.randomUUID());
        var now = Timestamp.from(Instant.now());
        jdbc.sql("""
                insert into organisation.organisation (id, name, type, partner_kind, municipality_code, org_number, parent_id,
                    active, created_at, updated_at, version)
                values (:id, :name, :type, :kind, :code, :orgNumber, :parent, true, :now, :now, 0)
                """)
                .param("id", id.value())
                .param("name", name)
                .param("type", org.type().name())
                .param("kind", org.type() == OrganisationType.PARTNER ? blankToNull(org.partnerKind()) : null)
                .param("code", code)
                .param("orgNumber", blankToNull(org.orgNumber()))
                .param("parent", org.parent() == null ? null : org.parent().value())
                .param("now", now)
                .update();
        audit.record(AuditRecord.change(null, "CREATE", "Organisation", id).with("type=" + org.type()));
        return id;
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
        jdbc.sql("delete from organisation.workspace_grant where workspace_id = :w and organisation_id = :o")
                .param("w", workspace.value())
                .param("o", organisation.value())
                .update();
        audit.record(AuditRecord.change(workspace, "REVOKE", "Organisation", organisation));
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

    private boolean existsWhere(String condition, String value) {
        return jdbc.sql("select count(*) from organisation.organisation where " + condition)
                        .param("v", value)
                        .query(Long.class)
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
