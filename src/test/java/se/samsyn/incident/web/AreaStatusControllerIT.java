package se.samsyn.incident.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import se.samsyn.IntegrationTest;
import se.samsyn.TestData;
import se.samsyn.geo.GeoApi;
import se.samsyn.incident.IncidentFixture;
import se.samsyn.incident.domain.AreaStatusService;
import se.samsyn.incident.domain.CategoryService;
import se.samsyn.incident.domain.NilReturnService.IsoWeek;
import se.samsyn.organisation.OrganisationType;
import se.samsyn.shared.Role;

@IntegrationTest
class AreaStatusControllerIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    GeoApi geo;

    @Autowired
    CategoryService categories;

    @Autowired
    AreaStatusService status;

    @Test
    void eachOrganisationAndTheGroupRateAnAreaForTheWeek() throws Exception {
        var ws = data.workspace();
        var area = new IncidentFixture(geo, categories, data).area(ws);
        var coordinator = data.user(ws, Role.COORDINATOR);
        var police = data.user(ws, data.organisation("LPO Test", OrganisationType.LOCAL_POLICE_AREA), Role.MUNICIPAL_POLICE);
        var week = IsoWeek.current();

        rate(ws, police, area.id().toString(), "3", "WORSENING", false).andExpect(status().is3xxRedirection());
        rate(ws, coordinator, area.id().toString(), "2", "UNCHANGED", false).andExpect(status().is3xxRedirection());
        rate(ws, coordinator, area.id().toString(), "2", "WORSENING", true).andExpect(status().is3xxRedirection());
        rate(ws, police, area.id().toString(), "4", "WORSENING", false).andExpect(status().is3xxRedirection());

        var ratings = status.ratings(ws.id(), week);
        assertThat(ratings).hasSize(3);
        assertThat(ratings).filteredOn(AreaStatusService.Rating::consensus).singleElement()
                .satisfies(r -> assertThat(r.level()).isEqualTo(2));
        assertThat(ratings).extracting(AreaStatusService.Rating::level).containsExactlyInAnyOrder(2, 2, 4);
        mvc.perform(get("/workspaces/{ws}/reports/area-status", ws.id()).with(data.as(coordinator)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Röd – allvarligt läge")))
                .andExpect(content().string(containsString("LPO Test")));
    }

    @Test
    void onlyCoordinatorsRecordTheConsensusAndReadersRateNothing() throws Exception {
        var ws = data.workspace();
        var area = new IncidentFixture(geo, categories, data).area(ws);
        var police = data.user(ws, Role.MUNICIPAL_POLICE);
        var reader = data.user(ws, Role.READER);
        var foreign = data.user(data.workspace(), Role.COORDINATOR);

        rate(ws, police, area.id().toString(), "2", "UNCHANGED", true).andExpect(status().isForbidden());
        rate(ws, reader, area.id().toString(), "2", "UNCHANGED", false).andExpect(status().isForbidden());
        rate(ws, foreign, area.id().toString(), "2", "UNCHANGED", false).andExpect(status().isNotFound());
        mvc.perform(get("/workspaces/{ws}/reports/area-status", ws.id()).with(data.as(reader))).andExpect(status().isOk());
        assertThat(status.ratings(ws.id(), IsoWeek.current())).isEmpty();
    }

    @Test
    void theScaleIsConfigurableAndALevelOutsideItIsRefused() throws Exception {
        var ws = data.workspace();
        var area = new IncidentFixture(geo, categories, data).area(ws);
        var coordinator = data.user(ws, Role.COORDINATOR);

        mvc.perform(post("/workspaces/{ws}/reports/area-status/scale", ws.id()).with(data.as(coordinator)).with(csrf())
                        .param("levels", "Lugnt;#1b5e20\nOroligt;#a04800\nAllvarligt;#a4161a"))
                .andExpect(status().is3xxRedirection());
        assertThat(status.scale(ws.id())).extracting(AreaStatusService.Level::label).containsExactly("Lugnt", "Oroligt", "Allvarligt");

        rate(ws, coordinator, area.id().toString(), "4", "UNCHANGED", false)
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Välj ett läge på skalan")));
        mvc.perform(post("/workspaces/{ws}/reports/area-status/scale", ws.id()).with(data.as(coordinator)).with(csrf())
                        .param("levels", "Bara en;#000000"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Bara en;#000000")));
    }

    private org.springframework.test.web.servlet.ResultActions rate(TestData.TestWorkspace ws, se.samsyn.access.UserId user,
            String area, String level, String trend, boolean consensus) throws Exception {
        var week = IsoWeek.current();
        return mvc.perform(post("/workspaces/{ws}/reports/area-status", ws.id()).with(data.as(user)).with(csrf())
                .param("area", area).param("year", String.valueOf(week.year())).param("week", String.valueOf(week.week()))
                .param("level", level).param("trend", trend).param("motivation", "Motivering")
                .param("consensus", String.valueOf(consensus)));
    }
}
