package se.samsyn.demo.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import se.samsyn.actionplan.ActionPlanApi;
import se.samsyn.actionplan.AnalysisMethod;
import se.samsyn.actionplan.Confidence;
import se.samsyn.actionplan.GoalInput;
import se.samsyn.actionplan.GoalKind;
import se.samsyn.actionplan.Horizon;
import se.samsyn.actionplan.MeasureInput;
import se.samsyn.actionplan.MeasureKind;
import se.samsyn.actionplan.NewFocusArea;
import se.samsyn.actionplan.Perspective;
import se.samsyn.actionplan.SteeringDocument;
import se.samsyn.agreement.AgreementApi;
import se.samsyn.geo.AreaSummary;
import se.samsyn.organisation.OrganisationId;
import se.samsyn.shared.Actor;
import se.samsyn.shared.ActorHolder;
import se.samsyn.shared.WorkspaceId;

/**
 * A small Lund action plan for the demo, the thing Lund's 2018 remiss missed: a focus area from the lägesbild with its
 * cause analysis, measures with responsible parties per cause, a goal on EST reports, adoption and a first follow-up.
 */
@Component
class DemoActionPlan {

    private final ActionPlanApi plans;
    private final AgreementApi agreements;

    DemoActionPlan(ActionPlanApi plans, AgreementApi agreements) {
        this.plans = plans;
        this.agreements = agreements;
    }

    /** Loads the plan acting as {@code coordinator}; returns the plan's id. */
    UUID load(WorkspaceId ws, Actor coordinator, List<AreaSummary> areas, OrganisationId technical,
            OrganisationId leisure, LocalDate today) {
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        ActorHolder holder = () -> coordinator;
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(holder, null, List.of()));
        SecurityContextHolder.setContext(context);
        try {
            int year = today.getYear();
            LocalDate first = LocalDate.of(year, 1, 1);
            LocalDate last = LocalDate.of(year, 12, 31);
            var focus = plans.createFocusArea(ws, new NewFocusArea("Otrygghet och skadegörelse kring stationen",
                    "Lägesbilden visar återkommande klotter och otrygghet kvällstid kring stationen och gångtunneln.",
                    first, last, 1, areas.isEmpty() ? List.of() : List.of(areas.get(0).id().value()), null,
                    "Lägesbild " + (year - 1) + ", hotspot vid stationen",
                    List.of(new SteeringDocument("Lunds kommuns trygghetsprogram (demo)", "https://www.lund.se/"))));
            plans.saveAnalysis(ws, focus, AnalysisMethod.CRIME_TRIANGLE,
                    "Mörk gångtunnel, klottrade väggar som inte saneras", "Pendlare och unga som väntar på bussen",
                    "Grupper av unga kvällstid utan vuxna i närheten", "Trygghetsrådets arbetsgrupp: kommunen, polisen, LKF",
                    first.plusDays(40));
            UUID light = plans.addCause(ws, focus, Perspective.PLACE, "Trasig och för svag belysning i gångtunneln",
                    "Trygghetsvandring i februari", Confidence.HIGH);
            UUID youth = plans.addCause(ws, focus, Perspective.OFFENDER, "Få meningsfulla fritidsaktiviteter fredagskvällar",
                    "Fältassistenternas iakttagelser", Confidence.MEDIUM);
            UUID plan = plans.createPlan(ws, "Åtgärdsplan " + year + " – stationsområdet", first, last);
            UUID lights = plans.addMeasure(ws, plan, new MeasureInput("Ny belysning och klottersanering inom 24 timmar",
                    MeasureKind.SITUATIONAL, Horizon.SHORT, false, "LKF, Trafikverket", first.plusMonths(2),
                    first.plusMonths(5), 1, new BigDecimal("350000"), "Tekniska nämndens investeringsbudget",
                    technical.value(), "Tekniska förvaltningen (demo)", "teknik@lund.example", false, null, null,
                    List.of(light), null));
            plans.addMeasure(ws, plan, new MeasureInput("Öppen fritidsgård fredagskvällar", MeasureKind.SOCIAL,
                    Horizon.LONG, true, "Föreningar, fältassistenter", first.plusMonths(2), last, 2,
                    new BigDecimal("180000"), "Kultur- och fritidsnämnden", leisure.value(), "Fritid Lund (demo)",
                    "fritid@lund.example", true, "Steg 1–7 enligt Barnombudsmannen: unga tillfrågade via elevråd, "
                            + "barnets bästa väger tyngst vid val av öppettider.", null, List.of(youth), null));
            plans.addGoal(ws, plan, new GoalInput(lights, GoalKind.OUTPUT,
                    "All belysning i gångtunneln fungerar senast 31 maj " + year, null, null, null, null, null, null, null,
                    null));
            plans.addGoal(ws, plan, new GoalInput(null, GoalKind.OUTCOME,
                    "Minska antalet EST-rapporter om klotter med 20 % till " + year, null, "SKADEGORELSE_KLOTTER", null,
                    LocalDate.of(year - 1, 1, 1), LocalDate.of(year - 1, 12, 31), -20.0, null, last));
            var body = agreements.bodies(ws).stream().filter(b -> !b.retired()).findFirst();
            plans.adopt(ws, plan, body.map(b -> b.id().value()).orElse(null),
                    body.isPresent() ? null : "Trygghetsrådets styrgrupp", first.plusMonths(1).plusDays(10), "§ 14");
            plans.recordFollowUp(ws, lights, today, "YELLOW", "Belysningen beställd; leveransen är försenad.");
            return plan;
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
