package se.samsyn.demo.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.samsyn.IntegrationTest;
import se.samsyn.TestData;
import se.samsyn.actionplan.ActionPlanApi;
import se.samsyn.organisation.OrganisationType;
import se.samsyn.shared.Role;

/** The demo's Lund action plan loads through the module API: adopted, with a follow-up and an EST goal. */
@IntegrationTest
class DemoActionPlanIT {

    @Autowired DemoActionPlan demo;
    @Autowired ActionPlanApi plans;
    @Autowired TestData data;
    @Autowired se.samsyn.organisation.OrganisationApi organisations;

    @Test
    void the_demo_plan_is_adopted_and_followed_up() {
        var ws = data.workspace();
        var coordinator = data.user(ws, Role.COORDINATOR);
        var technical = data.organisation("Tekniska förvaltningen", OrganisationType.ADMINISTRATION);
        var leisure = data.organisation("Kultur och fritid", OrganisationType.ADMINISTRATION);
        organisations.grant(ws.id(), technical);
        organisations.grant(ws.id(), leisure);
        var plan = demo.load(ws.id(), data.principal(coordinator).actor(), List.of(), technical, leisure,
                LocalDate.now());

        data.actAs(coordinator);
        try {
            var adopted = plans.plans(ws.id()).get(0);
            assertThat(adopted.id()).isEqualTo(plan);
            assertThat(adopted.adopted()).isTrue();
            assertThat(plans.measures(ws.id(), plan)).hasSize(2);
            assertThat(plans.goals(ws.id(), plan)).hasSize(2)
                    .anySatisfy(g -> assertThat(g.seriesLabel()).startsWith("EST: "));
        } finally {
            data.logout();
        }
    }
}
