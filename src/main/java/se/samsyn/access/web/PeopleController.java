package se.samsyn.access.web;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.samsyn.access.NewUser;
import se.samsyn.access.UserSummary;
import se.samsyn.access.domain.UserService;
import se.samsyn.geo.AreaSummary;
import se.samsyn.geo.GeoApi;
import se.samsyn.organisation.OrganisationApi;
import se.samsyn.organisation.OrganisationId;
import se.samsyn.organisation.OrganisationSummary;
import se.samsyn.organisation.WorkspaceSummary;
import se.samsyn.shared.Actor;
import se.samsyn.shared.Actors;
import se.samsyn.shared.ConflictException;
import se.samsyn.shared.ForbiddenException;
import se.samsyn.shared.NotFoundException;
import se.samsyn.shared.Role;
import se.samsyn.shared.RuleViolationException;
import se.samsyn.shared.SamsynException;
import se.samsyn.shared.WorkspaceId;

/**
 * Personer: who works in a workspace, with which organisation, roles and district. Administrators and coordinators
 * create local accounts, grant and revoke roles and deactivate accounts; everyone else in the workspace may look.
 */
@Controller
class PeopleController {

    private static final Role[] MANAGERS = {Role.ADMIN, Role.COORDINATOR};

    record RoleView(Role role, String organisation, @Nullable String district) {}

    record PersonView(UserSummary user, String organisation, List<RoleView> roles) {}

    private final UserService users;
    private final OrganisationApi organisations;
    private final GeoApi geo;

    PeopleController(UserService users, OrganisationApi organisations, GeoApi geo) {
        this.users = users;
        this.organisations = organisations;
        this.geo = geo;
    }

    @GetMapping("/workspaces/{workspaceId}/users")
    String list(@PathVariable WorkspaceId workspaceId, Model model) {
        var actor = Actors.current();
        actor.require(workspaceId);
        var names = new Names(workspaceId);
        model.addAttribute("workspace", workspace(workspaceId));
        model.addAttribute("people", users.usersIn(workspaceId).stream().map(u -> names.view(u)).toList());
        model.addAttribute("canManage", actor.hasAnyRole(workspaceId, MANAGERS));
        return "access/people";
    }

    @GetMapping("/workspaces/{workspaceId}/users/new")
    String newPerson(@PathVariable WorkspaceId workspaceId, Model model) {
        var actor = Actors.current();
        actor.require(workspaceId, MANAGERS);
        return createForm(workspaceId, actor, NewPersonForm.empty(), null, model);
    }

    @PostMapping("/workspaces/{workspaceId}/users")
    String create(@PathVariable WorkspaceId workspaceId, @ModelAttribute NewPersonForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        var actor = Actors.current();
        actor.require(workspaceId, MANAGERS);
        try {
            if (binding.hasErrors()) {
                throw new RuleViolationException("common.error.badRequest");
            }
            if (form.role() == null) {
                throw new RuleViolationException("access.error.roleRequired");
            }
            requireMayGrant(actor, workspaceId, form.role());
            if (form.organisation() == null) {
                throw new RuleViolationException("access.error.organisationNotGranted");
            }
            var id = users.createMember(workspaceId, new NewUser(text(form.email()), text(form.displayName()),
                    text(form.password()), new OrganisationId(form.organisation()), false), form.role(), form.district());
            redirect.addFlashAttribute("flash", "access.people.created");
            return "redirect:/workspaces/" + workspaceId + "/users/" + id;
        } catch (RuleViolationException | ConflictException e) {
            return createForm(workspaceId, actor, form.withoutPassword(), FormError.of(e), model);
        }
    }

    @GetMapping("/workspaces/{workspaceId}/users/{userId}")
    String show(@PathVariable WorkspaceId workspaceId, @PathVariable("userId") String userPath, Model model) {
        var actor = Actors.current();
        actor.require(workspaceId);
        return person(workspaceId, actor, member(workspaceId, userPath), null, null, model);
    }

    @PostMapping("/workspaces/{workspaceId}/users/{userId}/roles")
    String grant(@PathVariable WorkspaceId workspaceId, @PathVariable("userId") String userPath, @ModelAttribute GrantRoleForm form,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        var actor = Actors.current();
        actor.require(workspaceId, MANAGERS);
        var user = member(workspaceId, userPath);
        var userId = user.id();
        try {
            if (binding.hasErrors()) {
                throw new RuleViolationException("common.error.badRequest");
            }
            if (form.role() == null) {
                throw new RuleViolationException("access.error.roleRequired");
            }
            requireMayGrant(actor, workspaceId, form.role());
            var organisation = form.organisation() == null ? user.organisation() : new OrganisationId(form.organisation());
            users.grantRole(userId, workspaceId, organisation, form.role(), form.district());
        } catch (RuleViolationException e) {
            return person(workspaceId, actor, user, form, FormError.of(e), model);
        }
        redirect.addFlashAttribute("flash", "access.people.roleGranted");
        return "redirect:/workspaces/" + workspaceId + "/users/" + userId;
    }

    @PostMapping("/workspaces/{workspaceId}/users/{userId}/roles/revoke")
    String revoke(@PathVariable WorkspaceId workspaceId, @PathVariable("userId") String userPath,
            @RequestParam(required = false) @Nullable Role role, RedirectAttributes redirect) {
        var actor = Actors.current();
        actor.require(workspaceId, MANAGERS);
        var userId = member(workspaceId, userPath).id();
        if (role == null) {
            throw new RuleViolationException("access.error.roleRequired");
        }
        requireMayGrant(actor, workspaceId, role);
        users.revokeRole(userId, workspaceId, role);
        redirect.addFlashAttribute("flash", "access.people.roleRevoked");
        return users.usersIn(workspaceId).stream().anyMatch(u -> u.id().equals(userId))
                ? "redirect:/workspaces/" + workspaceId + "/users/" + userId
                : "redirect:/workspaces/" + workspaceId + "/users";
    }

    @PostMapping("/workspaces/{workspaceId}/users/{userId}/deactivate")
    String deactivate(@PathVariable WorkspaceId workspaceId, @PathVariable("userId") String userPath, RedirectAttributes redirect) {
        return setActive(workspaceId, userPath, false, redirect);
    }

    @PostMapping("/workspaces/{workspaceId}/users/{userId}/reactivate")
    String reactivate(@PathVariable WorkspaceId workspaceId, @PathVariable("userId") String userPath, RedirectAttributes redirect) {
        return setActive(workspaceId, userPath, true, redirect);
    }

    private String setActive(WorkspaceId workspaceId, String userPath, boolean active, RedirectAttributes redirect) {
        var actor = Actors.current();
        actor.require(workspaceId, MANAGERS);
        var user = member(workspaceId, userPath);
        var userId = user.id();
        if (user.id().value().equals(actor.userId())) {
            throw new RuleViolationException("access.error.cannotDeactivateSelf");
        }
        boolean holdsAdmin = user.systemAdmin() || user.memberships().stream()
                .anyMatch(m -> m.workspace().equals(workspaceId) && m.role() == Role.ADMIN);
        if (holdsAdmin && !actor.systemAdmin() && !isAdmin(actor, workspaceId)) {
            throw new ForbiddenException("common.error.forbidden");
        }
        if (user.systemAdmin() && !actor.systemAdmin()) {
            throw new ForbiddenException("common.error.forbidden");
        }
        users.setActive(workspaceId, userId, active);
        redirect.addFlashAttribute("flash", active ? "access.people.reactivated" : "access.people.deactivated");
        return "redirect:/workspaces/" + workspaceId + "/users/" + userId;
    }

    /** Only an administrator hands out (or takes back) the administrator role; a coordinator manages the rest. */
    private static void requireMayGrant(Actor actor, WorkspaceId workspace, Role role) {
        if (role == Role.ADMIN && !isAdmin(actor, workspace)) {
            throw new ForbiddenException("common.error.forbidden");
        }
    }

    private static boolean isAdmin(Actor actor, WorkspaceId workspace) {
        return actor.systemAdmin() || actor.memberships().stream()
                .anyMatch(m -> m.workspace().equals(workspace) && m.role() == Role.ADMIN);
    }

    private String createForm(WorkspaceId workspaceId, Actor actor, NewPersonForm form, @Nullable FormError error, Model model) {
        model.addAttribute("workspace", workspace(workspaceId));
        model.addAttribute("form", form);
        choices(workspaceId, actor, model);
        if (error != null) {
            error.addTo(model);
        }
        return "access/person-new";
    }

    private String person(WorkspaceId workspaceId, Actor actor, UserSummary user, @Nullable GrantRoleForm form,
            @Nullable FormError error, Model model) {
        var names = new Names(workspaceId);
        model.addAttribute("workspace", workspace(workspaceId));
        model.addAttribute("person", names.view(user));
        model.addAttribute("canManage", actor.hasAnyRole(workspaceId, MANAGERS));
        model.addAttribute("isSelf", user.id().value().equals(actor.userId()));
        model.addAttribute("grant", form == null ? new GrantRoleForm(Role.READER, user.organisation().value(), null) : form);
        choices(workspaceId, actor, model);
        if (error != null) {
            error.addTo(model);
        }
        return "access/person";
    }

    private void choices(WorkspaceId workspaceId, Actor actor, Model model) {
        model.addAttribute("organisations", organisations.organisationsIn(workspaceId));
        model.addAttribute("districts", geo.areas(workspaceId, null));
        model.addAttribute("roles", Arrays.stream(Role.values())
                .filter(r -> r != Role.ADMIN || isAdmin(actor, workspaceId)).toList());
    }

    private UserSummary member(WorkspaceId workspaceId, String userPath) {
        return users.find(UserIds.parse(userPath))
                .filter(u -> u.memberships().stream().anyMatch(m -> m.workspace().equals(workspaceId)))
                .orElseThrow(() -> new NotFoundException("access.error.userNotFound"));
    }

    private WorkspaceSummary workspace(WorkspaceId id) {
        return organisations.findWorkspace(id).orElseThrow(() -> new NotFoundException("common.error.notFound"));
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value;
    }

    /** Names of the organisations and districts a workspace's roles refer to, looked up once per page. */
    private final class Names {

        private final WorkspaceId workspace;
        private final Map<UUID, String> organisationNames;
        private final Map<UUID, String> districtNames;

        Names(WorkspaceId workspace) {
            this.workspace = workspace;
            this.organisationNames = organisations.organisationsIn(workspace).stream()
                    .collect(Collectors.toMap(o -> o.id().value(), OrganisationSummary::name, (a, b) -> a, LinkedHashMap::new));
            this.districtNames = geo.areas(workspace, null).stream()
                    .collect(Collectors.toMap(a -> a.id().value(), AreaSummary::name, (a, b) -> a));
        }

        PersonView view(UserSummary user) {
            var roles = user.memberships().stream()
                    .filter(m -> m.workspace().equals(workspace))
                    .map(m -> new RoleView(m.role(), organisation(m.organisation()),
                            m.district() == null ? null : districtNames.getOrDefault(m.district(), "?")))
                    .toList();
            return new PersonView(user, organisation(user.organisation().value()), roles);
        }

        private String organisation(UUID id) {
            return organisationNames.computeIfAbsent(id, key -> organisations.findOrganisation(new OrganisationId(key))
                    .map(OrganisationSummary::name).orElse("?"));
        }
    }
}
