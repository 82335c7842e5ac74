package se.samsyn.actionplan.domain;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import se.samsyn.actionplan.Cause;
import se.samsyn.actionplan.FollowUp;
import se.samsyn.actionplan.GoalProgress;
import se.samsyn.actionplan.Measure;
import se.samsyn.actionplan.ActionPlan;
import se.samsyn.actionplan.FocusArea;
import se.samsyn.organisation.OrganisationApi;
import se.samsyn.organisation.OrganisationSummary;
import se.samsyn.shared.HtmlPdf;
import se.samsyn.shared.WorkspaceId;
import se.samsyn.situation.SituationApi;
import se.samsyn.situation.SituationPeriod;
import se.samsyn.situation.SituationPicture;

/**
 * The annual follow-up report (PDF) and the plan as a spreadsheet in Brå's column layout (cause → measure →
 * operational goal → when → who → follow-up). The public version leaves out contact persons, budgets, financing and
 * child impact assessment texts.
 */
@Service
// not read-only: the lägesbild may store the workspace's default status levels on first use (PostgreSQL refuses
// writes in a read-only transaction)
@Transactional
public class PlanReports {

    private final ActionPlans plans;
    private final OrganisationApi organisations;
    private final ITemplateEngine templates;
    private final MessageSource messages;
    private final SituationApi situations;

    PlanReports(ActionPlans plans, OrganisationApi organisations, ITemplateEngine templates, MessageSource messages,
            SituationApi situations) {
        this.plans = plans;
        this.situations = situations;
        this.organisations = organisations;
        this.templates = templates;
        this.messages = messages;
    }

    /** One row of the plan in Brå's layout. */
    public record Row(String causes, Measure measure, String goals, String when, String who, String status,
            String narrative) {}

    public byte[] pdf(WorkspaceId ws, UUID planId, boolean publicVersion, Locale locale) {
        ActionPlan plan = plans.plan(ws, planId);
        var context = new Context(locale);
        context.setVariable("plan", plan);
        context.setVariable("workspaceName", organisations.findWorkspace(ws).map(w -> w.name()).orElse(""));
        context.setVariable("rows", rows(ws, planId, locale));
        context.setVariable("goals", plans.goals(ws, planId));
        context.setVariable("adoptions", plans.adoptions(ws, planId));
        context.setVariable("history", publicVersion ? List.of() : plans.history(ws, planId));
        context.setVariable("publicVersion", publicVersion);
        context.setVariable("today", LocalDate.now());
        context.setVariable("situation", situation(ws, plan));
        return HtmlPdf.render(templates.process("actionplan/report", context));
    }

    public byte[] xlsx(WorkspaceId ws, UUID planId, boolean publicVersion, Locale locale) {
        ActionPlan plan = plans.plan(ws, planId);
        var out = new ByteArrayOutputStream();
        try {
            var workbook = new Workbook(out, "Samsyn", "1.0");
            Worksheet sheet = workbook.newWorksheet(msg("actionplan.nav", locale));
            String[] headers = {"actionplan.field.cause", "actionplan.field.measure", "actionplan.field.goal",
                    "actionplan.field.when", "actionplan.field.who", "actionplan.field.followUp"};
            for (int i = 0; i < headers.length; i++) {
                sheet.value(0, i, msg(headers[i], locale));
            }
            if (!publicVersion) {
                sheet.value(0, 6, msg("actionplan.field.contactName", locale));
                sheet.value(0, 7, msg("actionplan.field.budget", locale));
                sheet.value(0, 8, msg("actionplan.field.financing", locale));
            }
            sheet.style(0, 0).bold().set();
            int r = 1;
            for (Row row : rows(ws, planId, locale)) {
                sheet.value(r, 0, row.causes());
                sheet.value(r, 1, row.measure().title());
                sheet.value(r, 2, row.goals());
                sheet.value(r, 3, row.when());
                sheet.value(r, 4, row.who());
                sheet.value(r, 5, row.status() + (row.narrative().isEmpty() ? "" : ": " + row.narrative()));
                if (!publicVersion) {
                    sheet.value(r, 6, row.measure().contactName() + " <" + row.measure().contactEmail() + ">");
                    if (row.measure().budget() != null) {
                        sheet.value(r, 7, row.measure().budget());
                    }
                    sheet.value(r, 8, row.measure().financing());
                }
                r++;
            }
            sheet.value(r + 1, 0, plan.title());
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The lägesbild over the plan's period up to today, summarised: totals, the largest categories, hotspots. */
    private @Nullable SituationSummary situation(WorkspaceId ws, ActionPlan plan) {
        LocalDate today = LocalDate.now();
        LocalDate last = plan.periodTo().isBefore(today) ? plan.periodTo() : today;
        if (last.isBefore(plan.periodFrom())
                || java.time.temporal.ChronoUnit.DAYS.between(plan.periodFrom(), last) >= SituationPeriod.MAX_DAYS) {
            return null;
        }
        SituationPicture p = situations.picture(ws, new SituationPeriod(SituationPeriod.Kind.CUSTOM, plan.periodFrom(), last));
        List<String> top = p.categories().stream()
                .sorted(java.util.Comparator.comparingLong(SituationPicture.CategoryCount::count).reversed()).limit(5)
                .map(c -> c.name() + " " + c.count()).toList();
        List<String> rising = p.wrongDirection().stream().filter(SituationPicture.Rising::significant).limit(5)
                .map(r -> r.areaName() + ": " + r.categoryName() + " " + r.current()).toList();
        return new SituationSummary(plan.periodFrom(), last, p.totals().observations(),
                p.totals().sameLastYear().comparable() ? p.totals().sameLastYear().percent() : null, top, rising,
                p.hotspots().ran() ? p.hotspots().hot() : null);
    }

    /** What the annual report shows of the lägesbild. */
    public record SituationSummary(LocalDate from, LocalDate to, long observations, @Nullable Double changeSameLastYear,
            List<String> topCategories, List<String> rising, @Nullable Integer hotspots) {}

    List<Row> rows(WorkspaceId ws, UUID planId, Locale locale) {
        Map<UUID, Cause> causes = plans.allCauses(ws).stream().collect(Collectors.toMap(Cause::id, Function.identity()));
        Map<UUID, String> problems = plans.problems(ws).stream().collect(Collectors.toMap(FocusArea::id, FocusArea::title));
        Map<UUID, String> orgs = new LinkedHashMap<>();
        for (OrganisationSummary o : organisations.organisationsIn(ws)) {
            orgs.put(o.id().value(), o.name());
        }
        List<GoalProgress> goals = plans.goals(ws, planId);
        return plans.measures(ws, planId).stream().map(m -> {
            String causeText = m.causeIds().stream().map(causes::get)
                    .map(c -> problems.getOrDefault(c.problemId(), "") + " " + c.number() + ". " + c.description())
                    .collect(Collectors.joining("\n"));
            String goalText = goals.stream().filter(g -> m.id().equals(g.goal().measureId()))
                    .map(g -> g.goal().text()).collect(Collectors.joining("\n"));
            FollowUp latest = plans.followUps(ws, m.id()).stream().findFirst().orElse(null);
            String status = latest == null ? msg("actionplan.due.noStatus", locale)
                    : latest.reportedOn() + " " + msg("actionplan.status." + latest.status(), locale);
            String narrative = latest == null || latest.narrative() == null ? "" : latest.narrative();
            return new Row(causeText, m, goalText, m.start() + " – " + m.due(),
                    orgs.getOrDefault(m.responsible().value(), ""), status, narrative);
        }).toList();
    }

    private String msg(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

}
