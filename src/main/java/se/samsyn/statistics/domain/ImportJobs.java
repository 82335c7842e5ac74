package se.samsyn.statistics.domain;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.IntConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.security.concurrent.DelegatingSecurityContextExecutorService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import se.samsyn.geo.GeoApi;
import se.samsyn.organisation.OrganisationApi;
import se.samsyn.shared.ConflictException;
import se.samsyn.shared.NotFoundException;
import se.samsyn.shared.RuleViolationException;
import se.samsyn.shared.WorkspaceId;
import se.samsyn.statistics.CategoryId;

/**
 * Import jobs: an upload is stored, checked in the background (preview and per-row problems), and on the user's word
 * imported in the background in one transaction. The job row carries status and progress, so pages can poll it and a
 * reload shows the same job. Jobs cut off by a stopped process are marked failed at start-up; their transaction never
 * committed, so no period is left half-imported.
 */
@Service
public class ImportJobs implements DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(ImportJobs.class);

    private final ImportJobRepository jobs;
    private final SeriesWriter writer;
    private final CategoryService categories;
    private final OrganisationApi organisations;
    private final GeoApi geo;
    private final BraFiles bra;
    private final SurveyFiles surveys;
    private final TransactionTemplate tx;
    private final ExecutorService executor;

    ImportJobs(ImportJobRepository jobs, SeriesWriter writer, CategoryService categories, OrganisationApi organisations,
            GeoApi geo, BraFiles bra, SurveyFiles surveys, TransactionTemplate tx) {
        this.jobs = jobs;
        this.writer = writer;
        this.categories = categories;
        this.organisations = organisations;
        this.geo = geo;
        this.bra = bra;
        this.surveys = surveys;
        this.tx = tx;
        this.executor = new DelegatingSecurityContextExecutorService(Executors.newFixedThreadPool(2, r -> {
            var t = new Thread(r, "statistics-import");
            t.setDaemon(true);
            return t;
        }));
    }

    @EventListener(ApplicationReadyEvent.class)
    void failInterruptedJobs() {
        int failed = jobs.failInterrupted();
        if (failed > 0) {
            LOG.warn("{} statistics import jobs were interrupted by a restart and are marked failed", failed);
        }
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }

    /** Stores the upload and starts checking it; returns the job id. */
    public UUID upload(WorkspaceId workspace, ImportKind kind, String fileName, byte[] content, UUID by) {
        if (content.length == 0) {
            throw new RuleViolationException("statistics.import.error.empty");
        }
        if (content.length > TabularReader.MAX_FILE_BYTES) {
            throw new RuleViolationException("statistics.import.error.tooLarge", TabularReader.MAX_FILE_BYTES / 1024 / 1024);
        }
        var id = UUID.randomUUID();
        jobs.insert(id, workspace, kind, fileName, sha256(content), content, by);
        executor.submit(() -> check(workspace, id));
        return id;
    }

    public ImportJob job(WorkspaceId workspace, UUID id) {
        return jobs.find(workspace, id).orElseThrow(() -> new NotFoundException("statistics.error.jobNotFound"));
    }

    public List<ImportProblem> problems(WorkspaceId workspace, UUID id) {
        job(workspace, id);
        return jobs.problems(id);
    }

    public List<ImportJob> recent(WorkspaceId workspace) {
        return jobs.recent(workspace, 20);
    }

    public Map<PoliceColumn, String> policeMapping(WorkspaceId workspace, ImportJob job) {
        return PoliceFile.mapping(job.header(), ImportJobRepository.policeColumns(
                jobs.columnMapping(workspace, ImportKind.POLICE)));
    }

    /** Remembers which column holds what for the workspace's police files, and checks the job again. */
    public void remap(WorkspaceId workspace, UUID id, Map<PoliceColumn, String> mapping) {
        var job = job(workspace, id);
        var stored = new java.util.HashMap<String, String>();
        for (PoliceColumn c : PoliceColumn.values()) {
            String header = mapping.get(c);
            if (header != null && !header.isBlank() && !job.header().contains(header)) {
                throw new RuleViolationException("statistics.police.error.noSuchColumn", header);
            }
            stored.put(c.name(), header == null ? "" : header);
        }
        jobs.saveColumnMapping(workspace, ImportKind.POLICE, stored);
        recheck(workspace, job);
    }

    /** Maps category names of the file to council categories (remembered for the workspace), and checks the job again. */
    public void mapCategories(WorkspaceId workspace, UUID id, Map<String, CategoryId> names) {
        var job = job(workspace, id);
        names.forEach((name, category) -> categories.map(workspace, category, "POLICE", name));
        recheck(workspace, job);
    }

    /** Starts the import of a checked job. */
    public void start(WorkspaceId workspace, UUID id) {
        var job = job(workspace, id);
        if (job.status() != JobStatus.READY || !jobs.transition(id, JobStatus.READY, JobStatus.RUNNING)) {
            throw new ConflictException("statistics.job.error.notReady");
        }
        executor.submit(() -> run(workspace, id));
    }

    private void recheck(WorkspaceId workspace, ImportJob job) {
        if (job.status().busy() || job.status() == JobStatus.DONE) {
            throw new ConflictException("statistics.job.error.notReady");
        }
        if (!jobs.transition(job.id(), job.status(), JobStatus.CHECKING)) {
            throw new ConflictException("statistics.job.error.notReady");
        }
        executor.submit(() -> check(workspace, job.id()));
    }

    private void check(WorkspaceId workspace, UUID id) {
        try {
            var job = job(workspace, id);
            var stored = jobs.content(id);
            var parsed = parse(workspace, job.kind(), job.fileName(), stored.content(), progress(id, "CHECKING", stored));
            boolean already = tx.execute(s -> writerKnows(workspace, job.kind(), stored.sha256()));
            jobs.checked(id, parsed.problemCount() == 0 ? JobStatus.READY : JobStatus.REJECTED, describe(parsed.detected()),
                    parsed.header(), parsed.preview(), parsed.rows(), parsed.problemCount(), parsed.problems(), already);
        } catch (ImportRejected e) {
            jobs.checked(id, JobStatus.REJECTED, null, List.of(), List.of(), 0, e.problems().size(), e.problems(), false);
        } catch (RuntimeException e) {
            LOG.error("Checking statistics import {} failed", id, e);
            jobs.failed(id, ImportProblem.file("statistics.job.unexpected"));
        }
    }

    private void run(WorkspaceId workspace, UUID id) {
        try {
            var job = job(workspace, id);
            var stored = jobs.content(id);
            var parsed = parse(workspace, job.kind(), job.fileName(), stored.content(), progress(id, "READING", stored));
            if (parsed.problemCount() > 0) {
                jobs.checked(id, JobStatus.REJECTED, describe(parsed.detected()), parsed.header(), parsed.preview(),
                        parsed.rows(), parsed.problemCount(), parsed.problems(), false);
                return;
            }
            jobs.progress(id, "WRITING", parsed.rows(), parsed.rows());
            var outcome = tx.execute(s -> {
                var o = writer.write(workspace, job.kind(), job.fileName(), stored.sha256(), parsed.rows(), parsed.points(),
                        parsed.replaceWholePeriods(), job.createdBy());
                if (!o.alreadyImported() && parsed.extra() != null) {
                    parsed.extra().accept(o.importId());
                }
                return o;
            });
            jobs.done(id, outcome.importId(), outcome.values(), outcome.replaced(), outcome.alreadyImported());
        } catch (ImportRejected e) {
            jobs.checked(id, JobStatus.REJECTED, null, List.of(), List.of(), 0, e.problems().size(), e.problems(), false);
        } catch (RuleViolationException e) {
            jobs.failed(id, new ImportProblem(0, null, e.messageKey(),
                    java.util.Arrays.stream(e.arguments()).map(String::valueOf).toList()));
        } catch (RuntimeException e) {
            LOG.error("Statistics import {} failed", id, e);
            jobs.failed(id, ImportProblem.file("statistics.job.unexpected"));
        }
    }

    /** Reads a file synchronously and imports it in one transaction; for tests, the benchmark and the REST API. */
    public ImportOutcome importNow(WorkspaceId workspace, ImportKind kind, String fileName, byte[] content, UUID by) {
        var parsed = parse(workspace, kind, fileName, content, n -> {});
        if (parsed.problemCount() > 0) {
            throw new ImportRejected(parsed.problems());
        }
        return tx.execute(s -> {
            var o = writer.write(workspace, kind, fileName, sha256(content), parsed.rows(), parsed.points(),
                    parsed.replaceWholePeriods(), by);
            if (!o.alreadyImported() && parsed.extra() != null) {
                parsed.extra().accept(o.importId());
            }
            return o;
        });
    }

    Parsed parse(WorkspaceId workspace, ImportKind kind, String fileName, byte[] content, IntConsumer progress) {
        return switch (kind) {
            case POLICE -> police(workspace, content, progress);
            case BRA -> withAreas(workspace, bra.read(fileName, content));
            case SURVEY -> withAreas(workspace, surveys.read(workspace, fileName, content));
            case OTHER -> withAreas(workspace, OtherFile.read(content));
        };
    }

    /**
     * Links values to the workspace's own areas where the file's area name matches one (Brå's "Stadsdelsområde Bromma
     * (Sthlm)" matches an area called "Bromma"), so they can be queried by area id.
     */
    private Parsed withAreas(WorkspaceId workspace, Parsed parsed) {
        var byName = new java.util.HashMap<String, se.samsyn.geo.AreaId>();
        for (var a : geo.areas(workspace, null)) {
            byName.putIfAbsent(AreaNames.key(a.name()), a.id());
        }
        if (byName.isEmpty()) {
            return parsed;
        }
        var points = parsed.points().stream().map(p -> {
            var id = byName.get(AreaNames.key(p.series().areaName()));
            if (id == null || p.series().areaId() != null) {
                return p;
            }
            var s = p.series();
            return new DataPoint(new se.samsyn.statistics.NewSeries(s.source(), s.categoryCode(), s.categoryLabel(),
                    s.measure(), s.unit(), s.granularity(), s.areaLevel(), s.municipalityCode(), id, s.areaName(),
                    s.lowerIsBetter()), p.periodStart(), p.value(), p.denominator(), p.preliminary());
        }).toList();
        return new Parsed(parsed.detected(), parsed.header(), parsed.preview(), points, parsed.rows(), parsed.problems(),
                parsed.problemCount(), parsed.replaceWholePeriods(), parsed.extra());
    }

    private Parsed police(WorkspaceId workspace, byte[] content, IntConsumer progress) {
        var ws = organisations.findWorkspace(workspace).orElseThrow(() -> new NotFoundException("common.error.notFound"));
        String kommun = organisations.municipality(ws.municipalityCode()).map(m -> m.name()).orElse(ws.name());
        var context = new PoliceFile.Context(ws.municipalityCode(), kommun, List.of(kommun, ws.name()),
                geo.areas(workspace, null),
                categories.list(workspace));
        var result = PoliceFile.read(content, ImportJobRepository.policeColumns(jobs.columnMapping(workspace,
                ImportKind.POLICE)), context, progress);
        var all = new ArrayList<List<String>>();
        all.add(result.header());
        all.addAll(result.preview());
        var p = Parsed.of(result.detected(), all, result.points(), result.rows(), result.problems(), null);
        return new Parsed(p.detected(), p.header(), p.preview(), p.points(), p.rows(), p.problems(), result.problemCount(),
                true, null);
    }

    private boolean writerKnows(WorkspaceId workspace, ImportKind kind, String sha) {
        return writer.known(workspace, kind, sha);
    }

    private IntConsumer progress(UUID id, String phase, ImportJobRepository.Stored stored) {
        int total = (int) Math.min(Integer.MAX_VALUE, TabularReader.isXlsx(stored.content()) ? 0
                : countLines(stored.content()));
        jobs.progress(id, phase, 0, total);
        return n -> jobs.progress(id, phase, n, total);
    }

    private static long countLines(byte[] content) {
        long n = 0;
        for (byte b : content) {
            if (b == '\n') {
                n++;
            }
        }
        return n;
    }

    private static String describe(TabularReader.Detected d) {
        return d.format().equals("XLSX") ? "XLSX" : d.format() + ", " + d.encoding() + ", " + d.separator();
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static Map<PoliceColumn, String> emptyMapping() {
        return new EnumMap<>(PoliceColumn.class);
    }
}
