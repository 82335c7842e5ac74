package se.samsyn.access.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.samsyn.IntegrationTest;
import se.samsyn.TestData;
import se.samsyn.access.AccessApi;
import se.samsyn.organisation.OrganisationApi;
import se.samsyn.organisation.OrganisationType;
import se.samsyn.shared.Role;

@IntegrationTest
class RevokedOrganisationIT {

    @Autowired TestData data;
    @Autowired OrganisationApi organisations;
    @Autowired AccessApi access;

    @AfterEach
    void logout() {
        data.logout();
    }

    @Test
    void people_lose_their_roles_in_a_workspace_when_their_organisation_loses_access_there() {
        var lund = data.workspace();
        var other = data.workspace();
        var housing = data.organisation("Bostadsbolaget", OrganisationType.PARTNER);
        var reporter = data.user(lund, housing, Role.REPORTER);
        data.user(other, housing, Role.REPORTER);
        var colleagueInOwnKommun = data.user(lund, Role.COORDINATOR);

        data.actAs(data.systemAdmin(lund));
        organisations.revoke(lund.id(), housing);

        assertThat(access.findUser(reporter).orElseThrow().memberships())
                .noneMatch(m -> m.workspace().equals(lund.id()));
        assertThat(access.usersIn(other.id())).anyMatch(u -> u.organisation().equals(housing));
        assertThat(access.findUser(colleagueInOwnKommun).orElseThrow().memberships())
                .anyMatch(m -> m.workspace().equals(lund.id()));
    }
}
