package se.samsyn.actionplan.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.samsyn.audit.AuditQuery;
import org.springframework.beans.factory.annotation.Autowired;
import se.samsyn.IntegrationTest;
import se.samsyn.TestData;
import se.samsyn.access.UserId;
import se.samsyn.actionplan.AnalysisMethod;
import se.samsyn.actionplan.Confidence;
import se.samsyn.actionplan.GoalInput;
import se.samsyn.actionplan.GoalKind;
import se.samsyn.actionplan.GoalProgress;
import se.samsyn.actionplan.Horizon;
import se.samsyn.actionplan.MeasureInput;
import se.samsyn.actionplan.MeasureKind;
import se.samsyn.actionplan.NewFocusArea;
import se.samsyn.actionplan.Perspective;
import se.samsyn.actionplan.SteeringDocument;
import se.samsyn.organisation.OrganisationType;
import se.samsyn.shared.ConflictException;
import se.samsyn.shared.Role;
import se.samsyn.shared.RuleViolationException;
import se.samsyn.statistics.SeriesQuery;
import se.samsyn.statistics.StatisticsApi;
import se.samsyn.statistics.domain.ImportKind;
import se.samsyn.statistics.domain.ImportJobs;

/** The rules of problems, cause analyses, measures, goals, adoption and follow-up, on the configured database. */
@IntegrationTest
class ActionPlanRulesIT {

    static final Path BRA = Path.of(System.getProperty("user.dir")).resolve("../shared/data/bra_statistik");

    @Autowired ActionPlans plans;
    @Autowired TestData data;
    @Autowired se.samsyn.audit.AuditApi audit;
    @Autowired ImportJobs imports;
    @Autowired StatisticsApi statistics;
    @Autowired se.samsyn.incident.IncidentApi incidents;
    @Autowired se.samsyn.agreement.AgreementApi agreements;

    TestData.TestWorkspace ws;
    UserId coordinator;
    UUID problem;
    UUID cause;
    UUID plan;

    @BeforeEach
    void aProblemWithOneCauseAndAPlan() {
        ws = data.workspace();
        coordinator = data.user(ws, Role.COORDINATOR);
        data.actAs(coordinator);
        problem = plans.createProblem(ws.id(), new NewFocusArea("Otrygghet vid resecentrum", "Kvällar och helger",
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), 1, List.of(), null,
                List.of(new SteeringDocument("Trygghetsprogram 2024–2027", "https://kommun.example/trygghet"))));
        plans.saveAnalysis(ws.id(), problem, AnalysisMethod.CRIME_TRIANGLE, "Dålig belysning", "Pendlare",
                "Grupp unga", "Trygghetsrådets arbetsgrupp", LocalDate.of(2026, 2, 1));
        cause = plans.addCause(ws.id(), problem, Perspective.PLACE, "Mörk gångtunnel", "Trygghetsvandring 2025",
                Confidence.HIGH);
        plan = plans.createPlan(ws.id(), "Åtgärdsplan 2026", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
    }

    @AfterEach
    void logout() {
        data.logout();
    }

    MeasureInput measure(String title, List<UUID> causes, LocalDate start, LocalDate due) {
        return new MeasureInput(title, MeasureKind.SITUATIONAL, Horizon.SHORT, false, "Fastighetsägare", start, due, null,
                new BigDecimal("120000"), "Brottsförebyggande rådets budget", ws.municipality().value(), "Anna Andersson",
                "anna@kommun.example", false, null, null, causes, null);
    }

    @Test
    void causes_are_numbered_in_order_and_the_analysis_keeps_its_three_perspectives() {
        plans.addCause(ws.id(), problem, Perspective.OFFENDER, "Samlingsplats utan vuxna", null, Confidence.LOW);
        var analysis = plans.analysis(ws.id(), problem);
        assertThat(analysis.method()).isEqualTo(AnalysisMethod.CRIME_TRIANGLE);
        assertThat(analysis.offender()).isEqualTo("Grupp unga");
        assertThat(analysis.causes()).extracting(c -> c.number()).containsExactly(1, 2);
        assertThat(plans.problem(ws.id(), problem).steeringDocuments()).hasSize(1);
    }

    @Test
    void a_measure_without_cause_or_responsible_party_or_with_due_before_start_is_refused() {
        LocalDate start = LocalDate.of(2026, 3, 1);
        assertThatThrownBy(() -> plans.addMeasure(ws.id(), plan, measure("Belysning", List.of(), start, start)))
                .isInstanceOf(RuleViolationException.class).hasMessage("actionplan.measure.causeRequired");
        var noResponsible = new MeasureInput("Belysning", MeasureKind.SITUATIONAL, Horizon.SHORT, false, null, start,
                start, null, null, null, null, "Anna", "anna@kommun.example", false, null, null, List.of(cause), null);
        assertThatThrownBy(() -> plans.addMeasure(ws.id(), plan, noResponsible))
                .hasMessage("actionplan.measure.responsibleRequired");
        var foreign = data.organisation("Annan partner", OrganisationType.PARTNER);
        var foreignResponsible = new MeasureInput("Belysning", MeasureKind.SITUATIONAL, Horizon.SHORT, false, null,
                start, start, null, null, null, foreign.value(), "Anna", "anna@kommun.example", false, null, null,
                List.of(cause), null);
        assertThatThrownBy(() -> plans.addMeasure(ws.id(), plan, foreignResponsible))
                .hasMessage("actionplan.measure.responsibleNotInWorkspace");
        assertThatThrownBy(() -> plans.addMeasure(ws.id(), plan, measure("Belysning", List.of(cause), start,
                start.minusDays(1)))).hasMessage("actionplan.measure.dueBeforeStart");
        assertThat(plans.measures(ws.id(), plan)).isEmpty();
    }

    @Test
    void a_concurrent_edit_tells_the_second_editor_and_does_not_overwrite_the_first() {
        LocalDate start = LocalDate.of(2026, 3, 1);
        UUID id = plans.addMeasure(ws.id(), plan, measure("Belysning", List.of(cause), start, start.plusMonths(2)));
        long read = plans.measure(ws.id(), id).version();
        plans.updateMeasure(ws.id(), id, read, measure("Belysning i tunneln", List.of(cause), start, start.plusMonths(2)));
        assertThatThrownBy(() -> plans.updateMeasure(ws.id(), id, read,
                measure("Belysning och kameror", List.of(cause), start, start.plusMonths(2))))
                .isInstanceOf(ConflictException.class).hasMessage("actionplan.measure.stale");
        assertThat(plans.measure(ws.id(), id).title()).isEqualTo("Belysning i tunneln");
    }

    @Test
    void adoption_waits_for_child_impact_assessments_then_freezes_and_later_changes_need_a_reason() {
        LocalDate start = LocalDate.of(2026, 3, 1);
        var m = measure("Fritidsgård öppen fredagar", List.of(cause), start, start.plusMonths(6));
        var forChildren = new MeasureInput(m.title(), MeasureKind.SOCIAL, Horizon.LONG, true, null, m.start(), m.due(),
                null, null, null, m.responsible(), m.contactName(), m.contactEmail(), true, null, null, m.causeIds(), null);
        UUID id = plans.addMeasure(ws.id(), plan, forChildren);
        assertThatThrownBy(() -> plans.adopt(ws.id(), plan, "Trygghetsrådets styrgrupp", LocalDate.of(2026, 2, 20), "§ 12"))
                .isInstanceOf(RuleViolationException.class).hasMessage("actionplan.adopt.childAssessmentMissing");
        var assessed = new MeasureInput(m.title(), MeasureKind.SOCIAL, Horizon.LONG, true, null, m.start(), m.due(),
                null, null, null, m.responsible(), m.contactName(), m.contactEmail(), true,
                "Steg 1–7 genomförda; barn och unga tillfrågade i skolråd", null, m.causeIds(), null);
        plans.updateMeasure(ws.id(), id, plans.measure(ws.id(), id).version(), assessed);

        assertThat(plans.adopt(ws.id(), plan, "Trygghetsrådets styrgrupp", LocalDate.of(2026, 2, 20), "§ 12")).isEqualTo(1);
        assertThat(plans.snapshot(ws.id(), plan, 1)).contains("Fritidsgård öppen fredagar");
        assertThat(audit.search(new AuditQuery(ws.id(), null, "ADOPT", "ActionPlan", plan.toString(), null, null, 0, 10)))
                .singleElement().satisfies(e -> assertThat(e.toString()).contains("§ 12"));

        var renamed = new MeasureInput("Fritidsgård öppen fredagar och lördagar", MeasureKind.SOCIAL, Horizon.LONG, true,
                null, m.start(), m.due(), null, null, null, m.responsible(), m.contactName(), m.contactEmail(), true,
                assessed.childAssessment(), null, m.causeIds(), null);
        long version = plans.measure(ws.id(), id).version();
        assertThatThrownBy(() -> plans.updateMeasure(ws.id(), id, version, renamed))
                .hasMessage("actionplan.measure.reasonRequired");
        var withReason = new MeasureInput(renamed.title(), renamed.kind(), renamed.horizon(), true, null, m.start(),
                m.due(), null, null, null, m.responsible(), m.contactName(), m.contactEmail(), true,
                assessed.childAssessment(), null, m.causeIds(), "Föreningen kan ta lördagar");
        plans.updateMeasure(ws.id(), id, version, withReason);

        assertThat(plans.snapshot(ws.id(), plan, 1)).doesNotContain("lördagar");
        var frozen = plans.frozen(ws.id(), plan, 1);
        assertThat(frozen.measures()).extracting(x -> x.title()).containsExactly("Fritidsgård öppen fredagar");
        assertThat(frozen.adoption().paragraf()).isEqualTo("§ 12");
        assertThat(plans.history(ws.id(), plan)).anySatisfy(c -> {
            assertThat(c.what()).contains("lördagar");
            assertThat(c.reason()).isEqualTo("Föreningen kan ta lördagar");
        });
    }

    @Test
    void the_smart_checklist_flags_vague_verbs_and_a_target_against_the_verb_is_refused() {
        plans.addGoal(ws.id(), plan, new GoalInput(null, GoalKind.PROCESS, "Verka för ökad trygghet", null, null, null, null, null,
                null, null, null));
        var goal = plans.goals(ws.id(), plan).get(0);
        assertThat(goal.findings()).extracting(f -> f.key()).contains("actionplan.smart.vague",
                "actionplan.smart.noNumber", "actionplan.smart.noDate");
        assertThatThrownBy(() -> plans.addGoal(ws.id(), plan, new GoalInput(null, GoalKind.OUTCOME,
                "Minska våldet med 10 % till 2027", null, null, null, null, null, 5.0, null, LocalDate.of(2027, 12, 31))))
                .hasMessage("actionplan.goal.contradiction");
    }

    @Test
    void total_violence_minus_ten_percent_compared_with_a_base_year_is_computed_from_real_bra_series() throws Exception {
        var name = "bra_goteborg_stadsomraden_2023-2025.csv";
        imports.importNow(ws.id(), ImportKind.BRA, name, Files.readAllBytes(BRA.resolve(name)), coordinator.value());
        var series = statistics.series(ws.id(), SeriesQuery.all().areaName("Göteborg kommun").category("misshandel"))
                .get(0);
        plans.addGoal(ws.id(), plan, new GoalInput(null, GoalKind.OUTCOME,
                "Minska misshandel med 10 % jämfört med 2023 till 2026", series.id().value(), null, null, LocalDate.of(2023, 1, 1),
                LocalDate.of(2023, 12, 31), -10.0, null, LocalDate.of(2026, 12, 31)));
        plans.addGoal(ws.id(), plan, new GoalInput(null, GoalKind.OUTCOME,
                "Det totala våldet ska minska med 10 % jämfört med 2016", series.id().value(), null, null, LocalDate.of(2016, 1, 1),
                LocalDate.of(2016, 12, 31), -10.0, null, LocalDate.of(2026, 12, 31)));

        GoalProgress vs2023 = plans.goals(ws.id(), plan).stream().filter(g -> g.goal().text().contains("2023"))
                .findFirst().orElseThrow();
        assertThat(vs2023.baseline()).isEqualTo(5404.0);
        assertThat(vs2023.target()).isCloseTo(4863.6, org.assertj.core.data.Offset.offset(0.01));
        assertThat(vs2023.current()).isEqualTo(5670.0);
        assertThat(vs2023.currentPeriod()).isEqualTo("2025");
        assertThat(vs2023.reached()).isFalse();
        assertThat(vs2023.points()).hasSize(3);
        assertThat(vs2023.findings()).isEmpty();

        GoalProgress vs2016 = plans.goals(ws.id(), plan).stream().filter(g -> g.goal().text().contains("2016"))
                .findFirst().orElseThrow();
        assertThat(vs2016.baseline()).as("no values for 2016 in this file").isNull();
        assertThat(vs2016.current()).isEqualTo(5670.0);
        assertThat(vs2016.reached()).isNull();
    }

    @Test
    void follow_ups_use_the_workspace_scale_and_overdue_measures_are_listed() {
        LocalDate today = LocalDate.now();
        UUID late = plans.addMeasure(ws.id(), plan, measure("Klottersanering", List.of(cause), today.minusMonths(3),
                today.minusDays(5)));
        UUID soon = plans.addMeasure(ws.id(), plan, measure("Trygghetsvandring", List.of(cause), today.minusMonths(1),
                today.plusDays(10)));
        assertThatThrownBy(() -> plans.recordFollowUp(ws.id(), late, today, "G", null))
                .hasMessage("actionplan.followUp.statusUnknown");
        plans.recordFollowUp(ws.id(), late, today, "RED", "Entreprenören sen");
        assertThat(plans.due(ws.id(), today, 14)).extracting(d -> d.measure().id(), d -> d.overdue())
                .contains(org.assertj.core.groups.Tuple.tuple(late, true), org.assertj.core.groups.Tuple.tuple(soon, false));

        plans.changeScale(ws.id(), se.samsyn.actionplan.StatusScale.GHPE);
        plans.recordFollowUp(ws.id(), soon, today, "G", "Genomförd");
        assertThat(plans.due(ws.id(), today, 14)).extracting(d -> d.measure().id()).containsExactly(late);
    }

    @Test
    void a_goal_on_est_report_counts_compares_the_baseline_with_a_window_of_the_same_length_up_to_today() {
        var reporter = data.principal(data.user(ws, Role.REPORTER)).actor();
        var me = data.principal(coordinator).actor();
        LocalDate today = LocalDate.now();
        var drafts = java.util.stream.Stream.of(60, 60, 50, 5).map(daysAgo -> new se.samsyn.incident.ObservationDraft(
                null, null, "Vid kiosken", today.minusDays(daysAgo), se.samsyn.incident.ObservedIncident.TimeAccuracy.DAY,
                null, null, "SKADEGORELSE_KLOTTER", "Klotter på väggen",
                se.samsyn.incident.ObservationDraft.Outcome.ACCEPTED)).toList();
        incidents.fileTriaged(ws.id(), reporter, me, UUID.randomUUID().toString(), drafts);

        plans.addGoal(ws.id(), plan, new GoalInput(null, GoalKind.OUTCOME, "Halvera klottret till " + today.getYear(),
                null, "SKADEGORELSE_KLOTTER", null, today.minusDays(60), today.minusDays(40), -50.0, null,
                today.plusMonths(6)));
        GoalProgress p = plans.goals(ws.id(), plan).get(0);
        assertThat(p.seriesLabel()).startsWith("EST: ");
        assertThat(p.baseline()).isEqualTo(3.0);
        assertThat(p.current()).isEqualTo(1.0);
        assertThat(p.target()).isEqualTo(1.5);
        assertThat(p.reached()).isTrue();
        assertThat(p.points().stream().mapToDouble(x -> x.value()).sum()).isEqualTo(4.0);
        assertThatThrownBy(() -> plans.addGoal(ws.id(), plan, new GoalInput(null, GoalKind.OUTCOME, "Minska X till 2027",
                null, "FINNS_INTE", null, today.minusDays(60), today.minusDays(40), -10.0, null, today.plusMonths(6))))
                .hasMessage("actionplan.goal.estCategoryUnknown");
    }

    @Test
    void a_plan_is_adopted_by_a_governance_body_of_the_agreement_module() {
        var body = agreements.createBody(ws.id(), "Trygghetsrådets styrgrupp", se.samsyn.agreement.BodyKind.STEERING_GROUP,
                null, null, null);
        plans.addMeasure(ws.id(), plan, measure("Belysning", List.of(cause), LocalDate.of(2026, 3, 1),
                LocalDate.of(2026, 5, 1)));
        assertThatThrownBy(() -> plans.adopt(ws.id(), plan, UUID.randomUUID(), null, LocalDate.of(2026, 2, 20), "§ 3"))
                .hasMessage("actionplan.adopt.bodyUnknown");
        plans.adopt(ws.id(), plan, body.value(), null, LocalDate.of(2026, 2, 20), "§ 3");
        var adopted = plans.plan(ws.id(), plan);
        assertThat(adopted.adoptedBy()).isEqualTo("Trygghetsrådets styrgrupp");
        assertThat(adopted.governanceBodyId()).isEqualTo(body.value());
    }
}
