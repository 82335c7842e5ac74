package se.samsyn.incident.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.samsyn.shared.Actor;
import se.samsyn.shared.Membership;
import se.samsyn.shared.Role;
import se.samsyn.shared.WorkspaceId;

class DistrictScopeTest {

    static final WorkspaceId WORKSPACE = new WorkspaceId(UUID.randomUUID());
    static final WorkspaceId OTHER = new WorkspaceId(UUID.randomUUID());
    static final UUID ORGANISATION = UUID.randomUUID();
    static final UUID CENTRE = UUID.randomUUID();
    static final UUID STATION = UUID.randomUUID();

    @Test
    void aViewerWithoutADistrictSeesTheWholeWorkspace() {
        assertThat(DistrictScope.of(actor(new Membership(WORKSPACE, ORGANISATION, Role.COORDINATOR, null)), WORKSPACE)
                .wholeWorkspace()).isTrue();
    }

    @Test
    void viewingMembershipsNarrowedToDistrictsSeeThoseDistrictsTogether() {
        var scope = DistrictScope.of(actor(new Membership(WORKSPACE, ORGANISATION, Role.READER, CENTRE),
                new Membership(WORKSPACE, ORGANISATION, Role.ANALYST, STATION)), WORKSPACE);
        assertThat(scope.areaIds()).containsExactlyInAnyOrder(CENTRE, STATION);
    }

    @Test
    void oneUnscopedViewingMembershipWidensTheScopeToTheWholeWorkspace() {
        var scope = DistrictScope.of(actor(new Membership(WORKSPACE, ORGANISATION, Role.READER, CENTRE),
                new Membership(WORKSPACE, ORGANISATION, Role.MUNICIPAL_POLICE, null)), WORKSPACE);
        assertThat(scope.wholeWorkspace()).isTrue();
    }

    @Test
    void anUnscopedReporterRoleOrAnotherWorkspaceDoesNotWidenADistrictScope() {
        var scope = DistrictScope.of(actor(new Membership(WORKSPACE, ORGANISATION, Role.READER, CENTRE),
                new Membership(WORKSPACE, ORGANISATION, Role.REPORTER, null),
                new Membership(OTHER, ORGANISATION, Role.COORDINATOR, null)), WORKSPACE);
        assertThat(scope.areaIds()).containsExactly(CENTRE);
    }

    @Test
    void someoneWithoutAViewingRoleSeesNoReportsOfOthers() {
        var scope = DistrictScope.of(actor(new Membership(WORKSPACE, ORGANISATION, Role.REPORTER, null)), WORKSPACE);
        assertThat(scope.areaIds()).isEmpty();
    }

    @Test
    void aSystemAdministratorSeesTheWholeWorkspace() {
        var admin = new Actor(UUID.randomUUID(), "admin@test.example", "Admin", true, List.of());
        assertThat(DistrictScope.of(admin, WORKSPACE).wholeWorkspace()).isTrue();
    }

    private static Actor actor(Membership... memberships) {
        return new Actor(UUID.randomUUID(), "user@test.example", "User", false, List.of(memberships));
    }
}
