package se.samsyn.situation.domain;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samsyn.agreement.AgreementApi;
import se.samsyn.agreement.ComplianceItem;
import se.samsyn.agreement.GovernanceBodyId;
import se.samsyn.agreement.GovernanceBodySummary;
import se.samsyn.shared.ConflictException;
import se.samsyn.shared.NotFoundException;
import se.samsyn.shared.RuleViolationException;
import se.samsyn.shared.WorkspaceId;
import se.samsyn.situation.SituationPicture;
import se.samsyn.situation.SituationPictureApproved;
import se.samsyn.situation.SituationScope;
import se.samsyn.situation.StatutoryClock;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Lägesbild documents: created from a scope with the data section frozen as JSON, written, sent for review, approved
 * by a governance body of the agreement module and published. Every edit and transition checks the optimistic lock.
 * Approving a statutory document records the compliance item "lägesbild" on the agreement module's board.
 */
@Service
public class SituationDocuments {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<DocumentSource>> SOURCES = new TypeReference<>() {};
    private static final int MAX_TEXT = 100_000;

    private final SituationService situation;
    private final AgreementApi agreements;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    SituationDocuments(SituationService situation, AgreementApi agreements, JdbcClient jdbc, ApplicationEventPublisher events) {
        this.situation = situation;
        this.agreements = agreements;
        this.jdbc = jdbc;
        this.events = events;
    }

    /** Creates version 1 of a new document with the picture of {@code scope} (never with individual points). */
    @Transactional
    public UUID create(SituationScope scope, @Nullable DocumentType type, @Nullable String title, @Nullable UUID by) {
        if (type == null) {
            throw new RuleViolationException("situation.document.error.type");
        }
        String t = title == null || title.isBlank() ? null : title.strip();
        if (t == null) {
            throw new RuleViolationException("situation.document.error.title");
        }
        var picture = situation.picture(scope, false);
        UUID id = UUID.randomUUID();
        insert(id, id, 1, type, t, picture, new DocumentText(null, null, null, null), prefill(picture), by);
        return id;
    }

    /** A new draft version of the same document with a freshly computed data section; the text is carried over. */
    @Transactional
    public UUID regenerate(WorkspaceId workspace, UUID id, @Nullable UUID by) {
        var old = get(workspace, id);
        var p = old.picture().scope();
        var picture = situation.picture(new SituationScope(workspace, p.areas(), p.period(), p.categoryCodes()), false);
        Integer last = jdbc.sql("select max(version_no) from situation.document where series_id = :s")
                .param("s", old.seriesId()).query(Integer.class).single();
        UUID next = UUID.randomUUID();
        insert(next, old.seriesId(), (last == null ? 0 : last) + 1, old.type(), old.title(), picture,
                new DocumentText(old.mapping(), old.otherInfo(), old.analysis(), old.conclusions()), old.sources(), by);
        return next;
    }

    private record DocumentText(@Nullable String mapping, @Nullable String otherInfo, @Nullable String analysis,
            @Nullable String conclusions) {}

    private void insert(UUID id, UUID series, int versionNo, DocumentType type, String title, SituationPicture picture,
            DocumentText text, List<DocumentSource> sources, @Nullable UUID by) {
        var scope = picture.scope();
        var now = Timestamp.from(Instant.now());
        jdbc.sql("""
                insert into situation.document (id, workspace_id, series_id, version_no, doc_type, title, period_kind,
                    period_first, period_last, area_ids, category_codes, data_json, computed_at, mapping, other_info,
                    analysis, conclusions, sources_json, status, lock_version, created_by, created_at, updated_at)
                values (:id, :ws, :series, :no, :type, :title, :kind, :first, :last, :areas, :cats, :data, :computed,
                    :mapping, :other, :analysis, :conclusions, :sources, 'DRAFT', 0, :by, :now, :now)""")
                .param("id", id).param("ws", scope.workspace().value()).param("series", series).param("no", versionNo)
                .param("type", type.name()).param("title", limit(title)).param("kind", scope.period().kind().name())
                .param("first", Date.valueOf(scope.period().first())).param("last", Date.valueOf(scope.period().last()))
                .param("areas", scope.areas().stream().map(a -> a.value().toString()).sorted().collect(Collectors.joining(",")))
                .param("cats", scope.categoryCodes().stream().sorted().collect(Collectors.joining(",")))
                .param("data", JSON.writeValueAsString(picture)).param("computed", Timestamp.from(picture.computedAt()))
                .param("mapping", text.mapping()).param("other", text.otherInfo()).param("analysis", text.analysis())
                .param("conclusions", text.conclusions()).param("sources", JSON.writeValueAsString(sources))
                .param("by", by).param("now", now).update();
    }

    /** The picture's own sources: EST reports always, then each external series (police, Brå, surveys). */
    static List<DocumentSource> prefill(SituationPicture picture) {
        List<DocumentSource> sources = new ArrayList<>();
        sources.add(new DocumentSource("EST-rapporter (Samsyn)", true,
                "Det som rapportörerna sett och rapporterat; täckning " + Math.round(picture.confidence().coverageShare() * 100)
                        + " % av områdesveckorna."));
        picture.sources().stream().map(s -> s.source() + ": " + s.label()).distinct().forEach(name -> sources.add(
                new DocumentSource(name, true, "Kommunnivå, som sammanhang; inte samma indelning som EST-områdena.")));
        return sources;
    }

    @Transactional(readOnly = true)
    public SituationDocument get(WorkspaceId workspace, UUID id) {
        return jdbc.sql("select * from situation.document where id = :id and workspace_id = :ws")
                .param("id", id).param("ws", workspace.value()).query(SituationDocuments::map).optional()
                .orElseThrow(() -> new NotFoundException("situation.document.error.notFound"));
    }

    @Transactional(readOnly = true)
    public List<SituationDocument.Summary> list(WorkspaceId workspace) {
        return jdbc.sql("""
                select id, series_id, version_no, doc_type, title, period_first, period_last, status, body_name, decided_on,
                       created_at
                from situation.document where workspace_id = :ws order by period_last desc, created_at desc""")
                .param("ws", workspace.value()).query(SituationDocuments::summary).list();
    }

    @Transactional(readOnly = true)
    public List<SituationDocument.Summary> versions(WorkspaceId workspace, UUID seriesId) {
        return jdbc.sql("""
                select id, series_id, version_no, doc_type, title, period_first, period_last, status, body_name, decided_on,
                       created_at
                from situation.document where workspace_id = :ws and series_id = :s order by version_no desc""")
                .param("ws", workspace.value()).param("s", seriesId).query(SituationDocuments::summary).list();
    }

    /** Saves the written parts. Throws {@link ConflictException} when someone else saved since {@code lockVersion}. */
    @Transactional
    public void edit(WorkspaceId workspace, UUID id, int lockVersion, SituationDocument.Text text) {
        var doc = get(workspace, id);
        if (!doc.status().editable()) {
            throw new RuleViolationException("situation.document.error.notEditable");
        }
        if (text.title() == null || text.title().isBlank()) {
            throw new RuleViolationException("situation.document.error.title");
        }
        List<DocumentSource> sources = text.sources().stream().filter(s -> s.name() != null && !s.name().isBlank())
                .map(s -> new DocumentSource(limit(s.name().strip()), s.used(), blank(s.limitation()))).toList();
        int n = jdbc.sql("""
                update situation.document set title = :title, mapping = :mapping, other_info = :other,
                    analysis = :analysis, conclusions = :conclusions, sources_json = :sources,
                    lock_version = lock_version + 1, updated_at = :now
                where id = :id and workspace_id = :ws and lock_version = :v""")
                .param("title", limit(text.title().strip())).param("mapping", blank(text.mapping()))
                .param("other", blank(text.otherInfo())).param("analysis", blank(text.analysis()))
                .param("conclusions", blank(text.conclusions())).param("sources", JSON.writeValueAsString(sources))
                .param("now", Timestamp.from(Instant.now())).param("id", id).param("ws", workspace.value())
                .param("v", lockVersion).update();
        if (n == 0) {
            throw new ConflictException("situation.document.error.stale");
        }
    }

    @Transactional
    public void submit(WorkspaceId workspace, UUID id, int lockVersion) {
        var doc = get(workspace, id);
        if (doc.type() == DocumentType.STATUTORY && !doc.lawPartsWritten()) {
            throw new RuleViolationException("situation.document.error.lawParts");
        }
        move(workspace, doc, lockVersion, DocumentStatus.DRAFT, DocumentStatus.REVIEW);
    }

    @Transactional
    public void returnToDraft(WorkspaceId workspace, UUID id, int lockVersion) {
        move(workspace, get(workspace, id), lockVersion, DocumentStatus.REVIEW, DocumentStatus.DRAFT);
    }

    /**
     * Records the decision of a governance body of the workspace. For a statutory document the agreement module's
     * compliance item "lägesbild" is recorded in the same transaction.
     */
    @Transactional
    public void approve(WorkspaceId workspace, UUID id, int lockVersion, @Nullable UUID bodyId, @Nullable LocalDate decidedOn,
            @Nullable String paragraph, @Nullable UUID by, LocalDate today) {
        var doc = get(workspace, id);
        GovernanceBodySummary body = bodyId == null ? null : agreements.bodies(workspace).stream()
                .filter(b -> b.id().equals(new GovernanceBodyId(bodyId)) && !b.retired()).findFirst().orElse(null);
        if (body == null) {
            throw new RuleViolationException("situation.document.error.body");
        }
        if (decidedOn == null) {
            throw new RuleViolationException("situation.document.error.decidedOn");
        }
        if (decidedOn.isAfter(today)) {
            throw new RuleViolationException("situation.document.error.future");
        }
        String para = blank(paragraph);
        if (para == null) {
            throw new RuleViolationException("situation.document.error.paragraph");
        }
        move(workspace, doc, lockVersion, DocumentStatus.REVIEW, DocumentStatus.APPROVED);
        jdbc.sql("""
                update situation.document set body_id = :body, body_name = :name, decided_on = :on, paragraph = :para
                where id = :id""")
                .param("body", bodyId).param("name", body.name()).param("on", Date.valueOf(decidedOn))
                .param("para", limit(para)).param("id", id).update();
        boolean statutory = doc.type() == DocumentType.STATUTORY;
        if (statutory) {
            agreements.recordCompliance(workspace, ComplianceItem.SITUATION_PICTURE, decidedOn,
                    doc.title() + " – " + body.name() + " " + decidedOn + " " + para, by);
        }
        events.publishEvent(new SituationPictureApproved(workspace, id, doc.type().name(), statutory, decidedOn,
                body.name(), para));
    }

    @Transactional
    public void publish(WorkspaceId workspace, UUID id, int lockVersion, LocalDate today) {
        move(workspace, get(workspace, id), lockVersion, DocumentStatus.APPROVED, DocumentStatus.PUBLISHED);
        jdbc.sql("update situation.document set published_on = :on where id = :id")
                .param("on", Date.valueOf(today)).param("id", id).update();
    }

    private void move(WorkspaceId workspace, SituationDocument doc, int lockVersion, DocumentStatus from, DocumentStatus to) {
        if (doc.status() != from) {
            throw new RuleViolationException("situation.document.error.transition");
        }
        int n = jdbc.sql("""
                update situation.document set status = :to, lock_version = lock_version + 1, updated_at = :now
                where id = :id and workspace_id = :ws and lock_version = :v and status = :from""")
                .param("to", to.name()).param("now", Timestamp.from(Instant.now())).param("id", doc.id())
                .param("ws", workspace.value()).param("v", lockVersion).param("from", from.name()).update();
        if (n == 0) {
            throw new ConflictException("situation.document.error.stale");
        }
    }

    /** The last approved (or published) statutory document and the two-year clock from its decision date. */
    @Transactional(readOnly = true)
    public StatutoryClock statutoryClock(WorkspaceId workspace, LocalDate today) {
        record Last(UUID id, String title, LocalDate on) {}
        var last = jdbc.sql("""
                select id, title, decided_on from situation.document
                where workspace_id = :ws and doc_type = 'STATUTORY' and status in ('APPROVED', 'PUBLISHED')
                  and decided_on is not null
                order by decided_on desc, updated_at desc""")
                .param("ws", workspace.value())
                .query((rs, n) -> new Last(rs.getObject(1, UUID.class), rs.getString(2), rs.getDate(3).toLocalDate()))
                .list().stream().findFirst();
        return last.map(l -> StatutoryClock.of(l.on(), l.id(), l.title(), today))
                .orElseGet(() -> StatutoryClock.of(null, null, null, today));
    }

    private static SituationDocument map(ResultSet rs, int n) throws SQLException {
        var picture = JSON.readValue(rs.getString("data_json"), SituationPicture.class);
        return new SituationDocument(rs.getObject("id", UUID.class), rs.getObject("series_id", UUID.class),
                rs.getInt("version_no"), DocumentType.valueOf(rs.getString("doc_type")), rs.getString("title"), picture,
                rs.getString("mapping"), rs.getString("other_info"), rs.getString("analysis"), rs.getString("conclusions"),
                JSON.readValue(rs.getString("sources_json"), SOURCES), DocumentStatus.valueOf(rs.getString("status")),
                rs.getObject("body_id", UUID.class), rs.getString("body_name"), date(rs, "decided_on"),
                rs.getString("paragraph"), date(rs, "published_on"), rs.getInt("lock_version"),
                rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant());
    }

    private static SituationDocument.Summary summary(ResultSet rs, int n) throws SQLException {
        return new SituationDocument.Summary(rs.getObject("id", UUID.class), rs.getObject("series_id", UUID.class),
                rs.getInt("version_no"), DocumentType.valueOf(rs.getString("doc_type")), rs.getString("title"),
                rs.getDate("period_first").toLocalDate(), rs.getDate("period_last").toLocalDate(),
                DocumentStatus.valueOf(rs.getString("status")), rs.getString("body_name"), date(rs, "decided_on"),
                rs.getTimestamp("created_at").toInstant());
    }

    private static @Nullable LocalDate date(ResultSet rs, String column) throws SQLException {
        var d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }

    private static @Nullable String blank(@Nullable String s) {
        return s == null || s.isBlank() ? null : limit(s.strip());
    }

    private static String limit(String s) {
        if (s.length() > MAX_TEXT) {
            throw new RuleViolationException("situation.document.error.tooLong");
        }
        return s;
    }
}
