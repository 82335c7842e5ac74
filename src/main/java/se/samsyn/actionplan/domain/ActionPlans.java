package se.samsyn.actionplan.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samsyn.actionplan.Adoption;
import se.samsyn.actionplan.AnalysisMethod;
import se.samsyn.actionplan.Cause;
import se.samsyn.actionplan.CauseAnalysis;
import se.samsyn.actionplan.DueMeasure;
import se.samsyn.actionplan.Confidence;
import se.samsyn.actionplan.FollowUp;
import se.samsyn.actionplan.Goal;
import se.samsyn.actionplan.GoalInput;
import se.samsyn.actionplan.GoalProgress;
import se.samsyn.actionplan.Measure;
import se.samsyn.actionplan.MeasureInput;
import se.samsyn.actionplan.NewFocusArea;
import se.samsyn.actionplan.Perspective;
import se.samsyn.actionplan.ActionPlan;
import se.samsyn.actionplan.PlanChange;
import se.samsyn.actionplan.FocusArea;
import se.samsyn.actionplan.StatusScale;
import se.samsyn.actionplan.SteeringDocument;
import se.samsyn.agreement.AgreementApi;
import se.samsyn.audit.AuditApi;
import se.samsyn.audit.AuditRecord;
import se.samsyn.agreement.GovernanceBodySummary;
import se.samsyn.geo.AreaId;
import se.samsyn.geo.GeoApi;
import se.samsyn.organisation.OrganisationApi;
import se.samsyn.organisation.OrganisationId;
import se.samsyn.shared.Actors;
import se.samsyn.shared.ConflictException;
import se.samsyn.shared.NotFoundException;
import se.samsyn.shared.RuleViolationException;
import se.samsyn.shared.WorkspaceId;
import tools.jackson.databind.json.JsonMapper;

/**
 * The problem-solving cycle of one workspace: problems and their cause analyses, plans with measures and goals,
 * adoption and follow-up. Every method checks the current actor's role in the workspace, so the web pages and the REST
 * API share one set of rules.
 */
@Service
@Transactional
public class ActionPlans {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final JsonMapper READER = JsonMapper.builder()
            .disable(tools.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    private static final java.util.Locale SWEDISH = java.util.Locale.forLanguageTag("sv");

    private final ActionPlanRepository repository;
    private final Indicators indicators;
    private final OrganisationApi organisations;
    private final GeoApi geo;
    private final EstIndicators est;
    private final AgreementApi agreements;
    private final AuditApi audit;
    private final MessageSource messages;

    ActionPlans(ActionPlanRepository repository, Indicators indicators, OrganisationApi organisations, GeoApi geo,
            EstIndicators est, AgreementApi agreements, AuditApi audit, MessageSource messages) {
        this.repository = repository;
        this.audit = audit;
        this.messages = messages;
        this.est = est;
        this.agreements = agreements;
        this.indicators = indicators;
        this.organisations = organisations;
        this.geo = geo;
    }

    // ---- problems and cause analysis

    public UUID createProblem(WorkspaceId ws, NewFocusArea p) {
        Actors.current().require(ws, ActionPlanRoles.EDITORS);
        String title = required(p.title(), "actionplan.problem.titleRequired");
        if (p.periodFrom() == null || p.periodTo() == null) {
            throw new RuleViolationException("actionplan.problem.periodRequired");
        }
        if (p.periodTo().isBefore(p.periodFrom())) {
            throw new RuleViolationException("actionplan.problem.periodReversed");
        }
        int priority = p.priority() == null ? 3 : p.priority();
        if (priority < 1 || priority > 5) {
            throw new RuleViolationException("actionplan.problem.priorityRange");
        }
        for (UUID area : p.areaIds()) {
            var found = geo.area(new AreaId(area)).filter(a -> a.workspace().equals(ws));
            if (found.isEmpty()) {
                throw new RuleViolationException("actionplan.problem.areaUnknown");
            }
        }
        List<SteeringDocument> docs = p.steeringDocuments().stream().filter(d -> !d.title().isBlank()).toList();
        for (SteeringDocument d : docs) {
            if (d.url() != null && !d.url().isBlank() && !d.url().matches("https?://\\S+")) {
                throw new RuleViolationException("actionplan.problem.documentUrl");
            }
        }
        UUID id = UUID.randomUUID();
        repository.insertProblem(id, ws, title, blankToNull(p.description()), p.periodFrom(), p.periodTo(), priority,
                List.copyOf(p.areaIds()), p.sourceSituationId(), blankToNull(p.sourceSituation()), docs);
        return id;
    }

    @Transactional(readOnly = true)
    public List<FocusArea> problems(WorkspaceId ws) {
        Actors.current().require(ws);
        return repository.problems(ws);
    }

    @Transactional(readOnly = true)
    public FocusArea problem(WorkspaceId ws, UUID id) {
        Actors.current().require(ws);
        return repository.problem(ws, id).orElseThrow(() -> new NotFoundException("common.error.notFound"));
    }

    public void saveAnalysis(WorkspaceId ws, UUID problem, @Nullable AnalysisMethod method, @Nullable String place,
            @Nullable String victim, @Nullable String offender, @Nullable String participants, @Nullable LocalDate on) {
        Actors.current().require(ws, ActionPlanRoles.EDITORS);
        problem(ws, problem);
        if (method == null) {
            throw new RuleViolationException("actionplan.analysis.methodRequired");
        }
        repository.saveAnalysis(ws, problem, method, blankToNull(place), blankToNull(victim), blankToNull(offender),
                blankToNull(participants), on);
    }

    public UUID addCause(WorkspaceId ws, UUID problem, @Nullable Perspective perspective, @Nullable String description,
            @Nullable String evidence, @Nullable Confidence confidence) {
        Actors.current().require(ws, ActionPlanRoles.EDITORS);
        problem(ws, problem);
        String text = required(description, "actionplan.cause.descriptionRequired");
        if (perspective == null || confidence == null) {
            throw new RuleViolationException("actionplan.cause.perspectiveRequired");
        }
        UUID id = UUID.randomUUID();
        repository.insertCause(ws, id, problem, repository.nextCauseNumber(problem), perspective, text,
                blankToNull(evidence), confidence);
        return id;
    }

    @Transactional(readOnly = true)
    public @Nullable CauseAnalysis analysis(WorkspaceId ws, UUID problem) {
        problem(ws, problem);
        return repository.analysis(ws, problem).orElse(null);
    }

    @Transactional(readOnly = true)
    public List<Cause> causes(WorkspaceId ws, UUID problem) {
        problem(ws, problem);
        return repository.causes(ws, problem);
    }

    @Transactional(readOnly = true)
    public List<Cause> allCauses(WorkspaceId ws) {
        Actors.current().require(ws);
        return repository.allCauses(ws);
    }

    // ---- plans and measures

    public UUID createPlan(WorkspaceId ws, @Nullable String title, @Nullable LocalDate from, @Nullable LocalDate to) {
        Actors.current().require(ws, ActionPlanRoles.EDITORS);
        String t = required(title, "actionplan.plan.titleRequired");
        if (from == null || to == null) {
            throw new RuleViolationException("actionplan.problem.periodRequired");
        }
        if (to.isBefore(from)) {
            throw new RuleViolationException("actionplan.problem.periodReversed");
        }
        UUID id = UUID.randomUUID();
        repository.insertPlan(id, ws, t, from, to);
        return id;
    }

    @Transactional(readOnly = true)
    public List<ActionPlan> plans(WorkspaceId ws) {
        Actors.current().require(ws);
        return repository.plans(ws);
    }

    @Transactional(readOnly = true)
    public ActionPlan plan(WorkspaceId ws, UUID id) {
        Actors.current().require(ws);
        return repository.plan(ws, id).orElseThrow(() -> new NotFoundException("common.error.notFound"));
    }

    @Transactional(readOnly = true)
    public List<Measure> measures(WorkspaceId ws, UUID plan) {
        plan(ws, plan);
        return repository.measures(ws, plan);
    }

    @Transactional(readOnly = true)
    public Measure measure(WorkspaceId ws, UUID id) {
        Actors.current().require(ws);
        return repository.measure(ws, id).orElseThrow(() -> new NotFoundException("common.error.notFound"));
    }

    public UUID addMeasure(WorkspaceId ws, UUID planId, MeasureInput in) {
        var actor = Actors.current();
        actor.require(ws, ActionPlanRoles.EDITORS);
        ActionPlan plan = plan(ws, planId);
        int order = in.order() != null ? in.order() : repository.measures(ws, planId).size() + 1;
        Measure m = validated(ws, UUID.randomUUID(), planId, in, order, 0);
        if (plan.adopted()) {
            requireReason(in.reason());
            repository.change(planId, actor.userId(), text("actionplan.history.added", m.title()), in.reason());
        }
        repository.insertMeasure(ws, m);
        return m.id();
    }

    /**
     * Saves a changed measure when nobody else saved it since {@code version} was read; otherwise a
     * {@link ConflictException} tells the second editor, whose input the caller still holds.
     */
    public void updateMeasure(WorkspaceId ws, UUID id, long version, MeasureInput in) {
        var actor = Actors.current();
        actor.require(ws, ActionPlanRoles.EDITORS);
        Measure old = measure(ws, id);
        ActionPlan plan = plan(ws, old.planId());
        Measure m = validated(ws, id, old.planId(), in, in.order() != null ? in.order() : old.order(), version);
        if (plan.adopted()) {
            requireReason(in.reason());
        }
        if (!repository.updateMeasure(ws, m)) {
            throw new ConflictException("actionplan.measure.stale");
        }
        if (plan.adopted()) {
            String what = differences(old, m);
            repository.change(plan.id(), actor.userId(), m.title() + " – " + (what.isEmpty() ? "–" : what), in.reason());
        }
    }

    private static void requireReason(@Nullable String reason) {
        if (reason == null || reason.isBlank()) {
            throw new RuleViolationException("actionplan.measure.reasonRequired");
        }
    }

    private Measure validated(WorkspaceId ws, UUID id, UUID plan, MeasureInput in, int order, long version) {
        String title = required(in.title(), "actionplan.measure.titleRequired");
        if (in.causeIds().isEmpty()) {
            throw new RuleViolationException("actionplan.measure.causeRequired");
        }
        var known = repository.allCauses(ws).stream().map(Cause::id).toList();
        if (!known.containsAll(in.causeIds())) {
            throw new RuleViolationException("actionplan.measure.causeUnknown");
        }
        if (in.responsible() == null) {
            throw new RuleViolationException("actionplan.measure.responsibleRequired");
        }
        var responsible = new OrganisationId(in.responsible());
        if (organisations.organisationsIn(ws).stream().noneMatch(o -> o.id().equals(responsible))) {
            throw new RuleViolationException("actionplan.measure.responsibleNotInWorkspace");
        }
        String contact = required(in.contactName(), "actionplan.measure.contactRequired");
        String email = required(in.contactEmail(), "actionplan.measure.contactRequired");
        if (!email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new RuleViolationException("actionplan.measure.emailInvalid");
        }
        if (in.kind() == null || in.horizon() == null) {
            throw new RuleViolationException("actionplan.measure.kindRequired");
        }
        if (in.start() == null || in.due() == null) {
            throw new RuleViolationException("actionplan.measure.datesRequired");
        }
        if (in.due().isBefore(in.start())) {
            throw new RuleViolationException("actionplan.measure.dueBeforeStart");
        }
        if (in.budget() != null && in.budget().signum() < 0) {
            throw new RuleViolationException("actionplan.measure.budgetNegative");
        }
        return new Measure(id, plan, title, in.kind(), in.horizon(), in.ordinaryWork(), blankToNull(in.partners()),
                in.start(), in.due(), order, in.budget(), blankToNull(in.financing()), responsible, contact, email,
                in.affectsChildren(), blankToNull(in.childAssessment()), blankToNull(in.childReason()),
                List.copyOf(new java.util.LinkedHashSet<>(in.causeIds())), version);
    }

    /** The changed fields of a measure in the workspace's default language, for the plan's history. */
    private String differences(Measure a, Measure b) {
        Map<String, Object[]> fields = new LinkedHashMap<>();
        fields.put("actionplan.field.measure", new Object[] {a.title(), b.title()});
        fields.put("actionplan.field.start", new Object[] {a.start(), b.start()});
        fields.put("actionplan.field.due", new Object[] {a.due(), b.due()});
        fields.put("actionplan.field.responsible", new Object[] {organisationName(a.responsible()),
                organisationName(b.responsible())});
        fields.put("actionplan.field.contactName", new Object[] {a.contactName(), b.contactName()});
        fields.put("actionplan.field.budget", new Object[] {a.budget(), b.budget()});
        fields.put("actionplan.field.kind", new Object[] {a.kind(), b.kind()});
        fields.put("actionplan.field.causes", new Object[] {a.causeIds().size(), b.causeIds().size()});
        fields.put("actionplan.field.childAssessment", new Object[] {a.childAssessment(), b.childAssessment()});
        List<String> parts = new ArrayList<>();
        fields.forEach((key, v) -> {
            if (!Objects.equals(v[0], v[1])) {
                parts.add(text(key) + ": " + (v[0] == null ? "–" : v[0]) + " → " + (v[1] == null ? "–" : v[1]));
            }
        });
        return String.join("; ", parts);
    }

    // ---- goals

    public UUID addGoal(WorkspaceId ws, UUID planId, GoalInput in) {
        Actors.current().require(ws, ActionPlanRoles.EDITORS);
        plan(ws, planId);
        String text = required(in.text(), "actionplan.goal.textRequired");
        if (in.kind() == null) {
            throw new RuleViolationException("actionplan.goal.kindRequired");
        }
        if (in.measureId() != null) {
            var m = measure(ws, in.measureId());
            if (!m.planId().equals(planId)) {
                throw new RuleViolationException("actionplan.goal.measureElsewhere");
            }
        }
        Double baseline = null;
        if (in.seriesId() != null && in.estCategory() != null && !in.estCategory().isBlank()) {
            throw new RuleViolationException("actionplan.goal.oneIndicator");
        }
        String estCategory = in.estCategory() == null || in.estCategory().isBlank() ? null : in.estCategory().strip();
        if (estCategory != null) {
            if (!est.exists(ws, estCategory)) {
                throw new RuleViolationException("actionplan.goal.estCategoryUnknown");
            }
            if (in.estAreaId() != null && geo.area(new AreaId(in.estAreaId())).filter(a -> a.workspace().equals(ws)).isEmpty()) {
                throw new RuleViolationException("actionplan.problem.areaUnknown");
            }
            requireIndicatorTarget(in);
            baseline = est.read(ws, estCategory, in.estAreaId(), in.baselineFrom(), in.baselineTo(), LocalDate.now())
                    .baseline();
        }
        if (in.seriesId() != null) {
            if (!indicators.exists(ws, in.seriesId())) {
                throw new RuleViolationException("actionplan.goal.seriesUnknown");
            }
            requireIndicatorTarget(in);
            var reading = indicators.read(ws, in.seriesId(), in.baselineFrom(), in.baselineTo());
            baseline = reading == null ? null : reading.baseline();
        }
        if (SmartChecklist.contradicts(text, in.targetChangePercent(), in.targetValue(), baseline)) {
            throw new RuleViolationException("actionplan.goal.contradiction");
        }
        UUID id = UUID.randomUUID();
        repository.insertGoal(ws, new Goal(id, planId, in.measureId(), in.kind(), text, in.seriesId(), estCategory,
                estCategory == null ? null : in.estAreaId(), in.baselineFrom(),
                in.baselineTo(), in.targetChangePercent(), in.targetValue(), in.targetDate()));
        return id;
    }

    private static void requireIndicatorTarget(GoalInput in) {
        if (in.baselineFrom() == null || in.baselineTo() == null || in.targetDate() == null
                || (in.targetChangePercent() == null && in.targetValue() == null)) {
            throw new RuleViolationException("actionplan.goal.indicatorIncomplete");
        }
        if (in.baselineTo().isBefore(in.baselineFrom())) {
            throw new RuleViolationException("actionplan.problem.periodReversed");
        }
    }

    @Transactional(readOnly = true)
    public List<GoalProgress> goals(WorkspaceId ws, UUID planId) {
        plan(ws, planId);
        List<GoalProgress> result = new ArrayList<>();
        for (Goal g : repository.goals(ws, planId)) {
            var findings = SmartChecklist.check(g.text(), g.targetChangePercent() != null || g.targetValue() != null,
                    g.targetDate() != null);
            if (g.estCategory() != null && g.baselineFrom() != null && g.baselineTo() != null) {
                var v = est.read(ws, g.estCategory(), g.estAreaId(), g.baselineFrom(), g.baselineTo(), LocalDate.now());
                String label = "EST: " + est.label(ws, g.estCategory()) + (g.estAreaId() == null ? ""
                        : " – " + geo.area(new AreaId(g.estAreaId())).map(a -> a.name()).orElse(""));
                result.add(progress(g, findings, label, v.baseline(), v.current(), v.currentPeriod(), v.points()));
                continue;
            }
            if (g.seriesId() == null) {
                result.add(new GoalProgress(g, findings, null, null, null, null, null, null, List.of()));
                continue;
            }
            var r = indicators.read(ws, g.seriesId(), g.baselineFrom(), g.baselineTo());
            if (r == null) {
                result.add(new GoalProgress(g, findings, null, null, null, null, null, null, List.of()));
                continue;
            }
            String label = r.series().categoryLabel() + " – " + r.series().areaName();
            result.add(progress(g, findings, label, r.baseline(), r.current(), r.currentPeriod(), r.points()));
        }
        return result;
    }

    private static GoalProgress progress(Goal g, List<se.samsyn.actionplan.SmartFinding> findings, String label,
            @Nullable Double baseline, @Nullable Double current, @Nullable String currentPeriod,
            List<se.samsyn.actionplan.IndicatorPoint> points) {
        Double target = g.targetValue() != null ? g.targetValue()
                : baseline == null || g.targetChangePercent() == null ? null
                : baseline * (1 + g.targetChangePercent() / 100.0);
        Boolean reached = null;
        if (target != null && current != null && baseline != null) {
            reached = target <= baseline ? current <= target : current >= target;
        }
        return new GoalProgress(g, findings, label, baseline, target, current, currentPeriod, reached, points);
    }

    // ---- adoption

    /**
     * Adopts the plan: refused while a measure that affects children has neither a completed child impact assessment
     * nor a recorded reason. The content is frozen as a snapshot of this revision.
     */
    public int adopt(WorkspaceId ws, UUID planId, @Nullable String body, @Nullable LocalDate on, @Nullable String paragraf) {
        return adopt(ws, planId, null, body, on, paragraf);
    }

    /**
     * Adopts the plan by a governance body of the agreement module ({@code bodyId}), or by a body named in free text
     * when the workspace has not registered its bodies.
     */
    public int adopt(WorkspaceId ws, UUID planId, @Nullable UUID bodyId, @Nullable String body, @Nullable LocalDate on,
            @Nullable String paragraf) {
        var actor = Actors.current();
        actor.require(ws, ActionPlanRoles.ADOPTERS);
        ActionPlan plan = plan(ws, planId);
        String decidedBy;
        if (bodyId != null) {
            decidedBy = agreements.bodies(ws).stream().filter(b -> b.id().value().equals(bodyId) && !b.retired())
                    .map(GovernanceBodySummary::name).findFirst()
                    .orElseThrow(() -> new RuleViolationException("actionplan.adopt.bodyUnknown"));
        } else {
            decidedBy = required(body, "actionplan.adopt.bodyRequired");
        }
        String para = required(paragraf, "actionplan.adopt.paragrafRequired");
        if (on == null) {
            throw new RuleViolationException("actionplan.adopt.dateRequired");
        }
        List<Measure> measures = repository.measures(ws, planId);
        if (measures.isEmpty()) {
            throw new RuleViolationException("actionplan.adopt.noMeasures");
        }
        List<String> missing = measures.stream().filter(Measure::childAssessmentMissing).map(Measure::title).toList();
        if (!missing.isEmpty()) {
            throw new RuleViolationException("actionplan.adopt.childAssessmentMissing", String.join(", ", missing));
        }
        int revision = plan.revision() + 1;
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("plan", plan);
        content.put("measures", measures);
        content.put("goals", repository.goals(ws, planId));
        repository.snapshot(planId, revision, JSON.writeValueAsString(content), decidedBy, bodyId, on, para);
        repository.markAdopted(planId, revision, decidedBy, bodyId, on, para);
        repository.change(planId, actor.userId(), text("actionplan.plan.adoptedBy", decidedBy, para, on, revision), null);
        audit.record(AuditRecord.change(ws, "ADOPT", "ActionPlan", planId)
                .with("revision=" + revision + ";body=" + decidedBy + ";paragraf=" + para + ";on=" + on));
        return revision;
    }

    /** The workspace's active governance bodies (agreement module) that can adopt a plan. */
    @Transactional(readOnly = true)
    public List<GovernanceBodySummary> bodies(WorkspaceId ws) {
        Actors.current().require(ws);
        return agreements.bodies(ws).stream().filter(b -> !b.retired()).toList();
    }

    @Transactional(readOnly = true)
    public List<Adoption> adoptions(WorkspaceId ws, UUID plan) {
        plan(ws, plan);
        return repository.adoptions(plan);
    }

    @Transactional(readOnly = true)
    public String snapshot(WorkspaceId ws, UUID plan, int revision) {
        plan(ws, plan);
        return repository.snapshotContent(plan, revision).orElseThrow(() -> new NotFoundException("common.error.notFound"));
    }

    private record Snapshot(ActionPlan plan, List<Measure> measures, List<Goal> goals) {}

    /** The content of an adopted version exactly as it was frozen. */
    @Transactional(readOnly = true)
    public se.samsyn.actionplan.FrozenPlan frozen(WorkspaceId ws, UUID planId, int revision) {
        String json = snapshot(ws, planId, revision);
        Adoption adoption = repository.adoptions(planId).stream().filter(a -> a.revision() == revision).findFirst()
                .orElseThrow(() -> new NotFoundException("common.error.notFound"));
        Snapshot snapshot = READER.readValue(json, Snapshot.class);
        return new se.samsyn.actionplan.FrozenPlan(adoption, snapshot.plan(), snapshot.measures(), snapshot.goals());
    }

    @Transactional(readOnly = true)
    public List<PlanChange> history(WorkspaceId ws, UUID plan) {
        plan(ws, plan);
        return repository.changes(plan);
    }

    // ---- follow-up

    public UUID recordFollowUp(WorkspaceId ws, UUID measureId, @Nullable LocalDate on, @Nullable String status,
            @Nullable String narrative) {
        var actor = Actors.current();
        actor.require(ws, ActionPlanRoles.REPORTERS);
        measure(ws, measureId);
        StatusScale scale = repository.scale(ws);
        if (status == null || !scale.codes().contains(status)) {
            throw new RuleViolationException("actionplan.followUp.statusUnknown");
        }
        if (on == null) {
            throw new RuleViolationException("actionplan.followUp.dateRequired");
        }
        if (on.isAfter(LocalDate.now().plusDays(1))) {
            throw new RuleViolationException("actionplan.followUp.dateInFuture");
        }
        UUID id = UUID.randomUUID();
        repository.insertFollowUp(ws, new FollowUp(id, measureId, on, status, blankToNull(narrative)), actor.userId());
        return id;
    }

    @Transactional(readOnly = true)
    public List<FollowUp> followUps(WorkspaceId ws, UUID measure) {
        measure(ws, measure);
        return repository.followUps(ws, measure);
    }

    @Transactional(readOnly = true)
    public StatusScale scale(WorkspaceId ws) {
        Actors.current().require(ws);
        return repository.scale(ws);
    }

    public void changeScale(WorkspaceId ws, @Nullable StatusScale scale) {
        Actors.current().require(ws, se.samsyn.shared.Role.ADMIN, se.samsyn.shared.Role.COORDINATOR);
        if (scale == null) {
            throw new RuleViolationException("actionplan.followUp.statusUnknown");
        }
        repository.saveScale(ws, scale);
    }

    /** Measures not yet done whose due date has passed, or falls within {@code days}, each with its latest status. */
    @Transactional(readOnly = true)
    public List<DueMeasure> due(WorkspaceId ws, LocalDate today, int days) {
        Actors.current().require(ws);
        return dueWithoutActor(ws, today, days);
    }

    List<DueMeasure> dueWithoutActor(WorkspaceId ws, LocalDate today, int days) {
        StatusScale scale = repository.scale(ws);
        List<DueMeasure> result = new ArrayList<>();
        for (Measure m : repository.allMeasures(ws)) {
            var latest = repository.followUps(ws, m.id()).stream().findFirst().orElse(null);
            if (latest != null && latest.status().equals(scale.done())) {
                continue;
            }
            if (m.due().isBefore(today)) {
                result.add(new DueMeasure(m, latest, true));
            } else if (!m.due().isAfter(today.plusDays(days))) {
                result.add(new DueMeasure(m, latest, false));
            }
        }
        return result;
    }

    private String organisationName(OrganisationId id) {
        return organisations.findOrganisation(id).map(o -> o.name()).orElse(id.toString());
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, SWEDISH);
    }

    private static String required(@Nullable String value, String key) {
        if (value == null || value.isBlank()) {
            throw new RuleViolationException(key);
        }
        return value.strip();
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
