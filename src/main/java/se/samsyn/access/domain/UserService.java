package se.samsyn.access.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samsyn.access.NewUser;
import se.samsyn.access.UserId;
import se.samsyn.access.UserSummary;
import se.samsyn.audit.AuditApi;
import se.samsyn.audit.AuditRecord;
import se.samsyn.geo.AreaId;
import se.samsyn.geo.GeoApi;
import se.samsyn.organisation.OrganisationApi;
import se.samsyn.organisation.OrganisationId;
import se.samsyn.shared.Actor;
import se.samsyn.shared.ConflictException;
import se.samsyn.shared.Membership;
import se.samsyn.shared.NotFoundException;
import se.samsyn.shared.Role;
import se.samsyn.shared.RuleViolationException;
import se.samsyn.shared.WorkspaceId;

/** Creates accounts, grants roles and builds the {@link Actor} for a login. */
@Service
public class UserService {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;
    private final OrganisationApi organisations;
    private final AuditApi audit;
    private final GeoApi geo;

    UserService(JdbcClient jdbc, PasswordEncoder encoder, OrganisationApi organisations, AuditApi audit, GeoApi geo) {
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.organisations = organisations;
        this.audit = audit;
        this.geo = geo;
    }

    /** Creates a local account and gives it its first role in the workspace; nothing is stored if either step fails. */
    @Transactional
    public UserId createMember(WorkspaceId workspace, NewUser user, Role role, @Nullable UUID district) {
        if (!organisations.isGranted(workspace, user.organisation())) {
            throw new RuleViolationException("access.error.organisationNotGranted");
        }
        var id = create(user, workspace);
        grantRole(id, workspace, user.organisation(), role, district);
        return id;
    }

    /** Deactivates or reactivates an account; a deactivated account can neither log in nor use its API tokens. */
    @Transactional
    public void setActive(WorkspaceId workspace, UserId user, boolean active) {
        int changed = jdbc.sql("update access.user_account set active = :a, updated_at = :now, version = version + 1 where id = :id")
                .param("a", active)
                .param("now", Timestamp.from(Instant.now()))
                .param("id", user.value())
                .update();
        if (changed == 0) {
            throw new NotFoundException("access.error.userNotFound");
        }
        audit.record(AuditRecord.change(workspace, active ? "REACTIVATE" : "DEACTIVATE", "User", user));
    }

    /** True when the password is the account's current one; false for accounts without a local password. */
    @Transactional(readOnly = true)
    public boolean passwordMatches(UserId user, String password) {
        return principal(user).map(SamsynPrincipal::getPassword)
                .map(hash -> encoder.matches(password, hash))
                .orElse(false);
    }

    @Transactional
    public UserId create(NewUser user) {
        return create(user, null);
    }

    private UserId create(NewUser user, @Nullable WorkspaceId workspace) {
        String email = normalise(user.email());
        if (!EMAIL.matcher(email).matches()) {
            throw new RuleViolationException("access.error.invalidEmail");
        }
        if (user.displayName().isBlank()) {
            throw new RuleViolationException("access.error.nameRequired");
        }
        if (findByEmail(email).isPresent()) {
            throw new ConflictException("access.error.emailTaken", email);
        }
        if (user.displayName().strip().length() > 200) {
            throw new RuleViolationException("access.error.nameTooLong");
        }
        organisations.findOrganisation(user.organisation())
                .orElseThrow(() -> new NotFoundException("organisation.error.notFound"));
        String hash = null;
        if (user.password() != null) {
            PasswordPolicy.check(user.password(), email);
            hash = encoder.encode(user.password());
        }
        var id = new UserId(UUID.randomUUID());
        var now = Timestamp.from(Instant.now());
        try {
            insertAccount(id, email, user, hash, now);
        } catch (DuplicateKeyException e) {
            throw new ConflictException("access.error.emailTaken", email);
        }
        audit.record(AuditRecord.change(workspace, "CREATE", "User", id));
        return id;
    }

    private void insertAccount(UserId id, String email, NewUser user, @Nullable String hash, Timestamp now) {
        jdbc.sql("""
                insert into access.user_account (id, email, display_name, password_hash, organisation_id, system_admin,
                    active, failed_logins, created_at, updated_at, version)
                values (:id, :email, :name, :hash, :org, :admin, true, 0, :now, :now, 0)
                """)
                .param("id", id.value())
                .param("email", email)
                .param("name", user.displayName().strip())
                .param("hash", hash)
                .param("org", user.organisation().value())
                .param("admin", user.systemAdmin())
                .param("now", now)
                .update();
    }

    @Transactional
    public void grantRole(UserId user, WorkspaceId workspace, OrganisationId organisation, Role role, @Nullable UUID district) {
        var account = find(user).orElseThrow(() -> new NotFoundException("access.error.userNotFound"));
        organisations.findWorkspace(workspace).orElseThrow(() -> new NotFoundException("organisation.error.workspaceNotFound"));
        if (!organisations.isGranted(workspace, organisation)) {
            throw new RuleViolationException("access.error.organisationNotGranted");
        }
        if (district != null && geo.area(new AreaId(district)).filter(a -> a.workspace().equals(workspace)).isEmpty()) {
            throw new RuleViolationException("access.error.districtNotInWorkspace");
        }
        if (account.memberships().stream().anyMatch(m -> m.workspace().equals(workspace)
                && m.organisation().equals(organisation.value()) && m.role() == role)) {
            return;
        }
        jdbc.sql("""
                insert into access.membership (id, user_id, workspace_id, organisation_id, role, district_id, created_at)
                values (:id, :user, :ws, :org, :role, :district, :now)
                """)
                .param("id", UUID.randomUUID())
                .param("user", user.value())
                .param("ws", workspace.value())
                .param("org", organisation.value())
                .param("role", role.name())
                .param("district", district)
                .param("now", Timestamp.from(Instant.now()))
                .update();
        audit.record(AuditRecord.change(workspace, "GRANT_ROLE", "User", user).with("role=" + role));
    }

    @Transactional
    public void revokeRole(UserId user, WorkspaceId workspace, Role role) {
        int removed = jdbc.sql("delete from access.membership where user_id = :u and workspace_id = :w and role = :r")
                .param("u", user.value())
                .param("w", workspace.value())
                .param("r", role.name())
                .update();
        if (removed == 0) {
            throw new NotFoundException("access.error.roleNotHeld");
        }
        audit.record(AuditRecord.change(workspace, "REVOKE_ROLE", "User", user).with("role=" + role));
    }

    /** People keep no role in a workspace through an organisation that has lost its access there. */
    @org.springframework.context.event.EventListener
    @Transactional
    public void on(se.samsyn.organisation.OrganisationAccessRevoked revoked) {
        int removed = jdbc.sql("delete from access.membership where workspace_id = :w and organisation_id = :o")
                .param("w", revoked.workspace().value())
                .param("o", revoked.organisation().value())
                .update();
        if (removed > 0) {
            audit.record(AuditRecord.change(revoked.workspace(), "REVOKE_ROLES", "Organisation", revoked.organisation())
                    .with("memberships=" + removed));
        }
    }

    @Transactional
    public void changePassword(UserId user, String newPassword) {
        var account = find(user).orElseThrow(() -> new NotFoundException("access.error.userNotFound"));
        PasswordPolicy.check(newPassword, account.email());
        jdbc.sql("update access.user_account set password_hash = :h, updated_at = :now, version = version + 1 where id = :id")
                .param("h", encoder.encode(newPassword))
                .param("now", Timestamp.from(Instant.now()))
                .param("id", user.value())
                .update();
        audit.record(AuditRecord.change(null, "CHANGE_PASSWORD", "User", user));
    }

    @Transactional(readOnly = true)
    public Optional<UserSummary> find(UserId id) {
        return jdbc.sql("select * from access.user_account where id = :id").param("id", id.value())
                .query(this::summary).optional();
    }

    @Transactional(readOnly = true)
    public Optional<UserSummary> findByEmail(String email) {
        return jdbc.sql("select * from access.user_account where email = :e").param("e", normalise(email))
                .query(this::summary).optional();
    }

    @Transactional(readOnly = true)
    public List<UserSummary> usersIn(WorkspaceId workspace) {
        return jdbc.sql("""
                select * from access.user_account u where exists
                    (select 1 from access.membership m where m.user_id = u.id and m.workspace_id = :w)
                order by display_name
                """)
                .param("w", workspace.value())
                .query(this::summary)
                .list();
    }

    @Transactional(readOnly = true)
    public long count() {
        return jdbc.sql("select count(*) from access.user_account").query(Long.class).single();
    }

    /** Loads the principal for a login; {@code null} when no active account has that e-mail. */
    @Transactional(readOnly = true)
    public Optional<SamsynPrincipal> principal(String email) {
        return jdbc.sql("select * from access.user_account where email = :e").param("e", normalise(email))
                .query((rs, n) -> principal(rs)).optional();
    }

    @Transactional(readOnly = true)
    public Optional<SamsynPrincipal> principal(UserId id) {
        return jdbc.sql("select * from access.user_account where id = :id").param("id", id.value())
                .query((rs, n) -> principal(rs)).optional();
    }

    private SamsynPrincipal principal(ResultSet rs) throws SQLException {
        var id = rs.getObject("id", UUID.class);
        Timestamp lockedUntil = rs.getTimestamp("locked_until");
        boolean locked = lockedUntil != null && lockedUntil.toInstant().isAfter(Instant.now());
        var actor = new Actor(id, rs.getString("email"), rs.getString("display_name"), rs.getBoolean("system_admin"),
                memberships(id));
        return new SamsynPrincipal(actor, rs.getString("password_hash"), rs.getBoolean("active"), locked);
    }

    private List<Membership> memberships(UUID user) {
        return jdbc.sql("select * from access.membership where user_id = :u order by created_at")
                .param("u", user)
                .query((rs, n) -> new Membership(
                        new WorkspaceId(rs.getObject("workspace_id", UUID.class)),
                        rs.getObject("organisation_id", UUID.class),
                        Role.valueOf(rs.getString("role")),
                        rs.getObject("district_id", UUID.class)))
                .list();
    }

    private UserSummary summary(ResultSet rs, int row) throws SQLException {
        var id = rs.getObject("id", UUID.class);
        Timestamp last = rs.getTimestamp("last_login_at");
        return new UserSummary(new UserId(id), rs.getString("email"), rs.getString("display_name"),
                new OrganisationId(rs.getObject("organisation_id", UUID.class)), rs.getBoolean("system_admin"),
                rs.getBoolean("active"), last == null ? null : last.toInstant(), new ArrayList<>(memberships(id)));
    }

    static String normalise(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }
}
