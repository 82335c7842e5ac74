package se.samsyn.policeevents.domain;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samsyn.audit.AuditApi;
import se.samsyn.audit.AuditRecord;
import se.samsyn.policeevents.PoliceEvent;
import se.samsyn.policeevents.TypeCount;

/** Imports polisen.se event notices (once, for everyone) and lists those of one kommun. */
@Service
public class PoliceEventService {

    static final int BATCH = 1000;
    public static final int LIST_LIMIT = 500;
    private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

    private final PoliceEventRepository repository;
    private final ApiEventReader reader;
    private final AuditApi audit;

    PoliceEventService(PoliceEventRepository repository, Places places, AuditApi audit) {
        this.repository = repository;
        this.reader = new ApiEventReader(places);
        this.audit = audit;
    }

    /**
     * Adds new events, updates edited ones (same id, other content, published no earlier than the stored version) and
     * leaves the rest, so an older snapshot never overwrites a newer edit; all or nothing.
     */
    @Transactional
    public ImportResult importFile(String fileName, InputStream in) throws IOException {
        var now = Instant.now();
        Map<Long, PoliceEventRepository.Known> known = repository.known();
        var inserts = new LinkedHashMap<Long, PoliceEventRepository.Hashed>();
        var updates = new LinkedHashMap<Long, PoliceEventRepository.Hashed>();
        int[] counts = new int[4];
        reader.read(in, event -> {
            counts[0]++;
            var hashed = new PoliceEventRepository.Hashed(event, hash(event));
            var before = known.get(event.id());
            var pending = inserts.get(event.id());
            if (pending != null) {
                if (!event.publishedAt().isBefore(pending.event().publishedAt())) {
                    inserts.put(event.id(), hashed);
                }
            } else if (before == null) {
                inserts.put(event.id(), hashed);
                counts[1]++;
            } else if (!before.hash().equals(hashed.hash())
                    && !event.publishedAt().toInstant().isBefore(before.publishedAt())) {
                if (updates.put(event.id(), hashed) == null) {
                    counts[2]++;
                }
            } else {
                counts[3]++;
            }
            if (inserts.size() + updates.size() >= BATCH) {
                flush(inserts, updates, known, now);
            }
        });
        flush(inserts, updates, known, now);
        var result = new ImportResult(counts[0], counts[1], counts[2], counts[3]);
        audit.record(AuditRecord.change(null, "IMPORT", "PoliceEvents", fileName)
                .with("read=" + result.read() + " inserted=" + result.inserted() + " updated=" + result.updated()));
        return result;
    }

    public List<PoliceEvent> list(String municipalityCode, @Nullable LocalDate from, @Nullable LocalDate to,
            @Nullable String type) {
        return repository.list(municipalityCode, start(from), end(to), type, LIST_LIMIT);
    }

    public List<TypeCount> countByType(String municipalityCode, @Nullable LocalDate from, @Nullable LocalDate to) {
        return repository.countByType(municipalityCode, start(from), end(to));
    }

    public long count() {
        return repository.count();
    }

    private static Instant start(@Nullable LocalDate from) {
        return from == null ? Instant.parse("1900-01-01T00:00:00Z") : from.atStartOfDay(SWEDEN).toInstant();
    }

    private static Instant end(@Nullable LocalDate to) {
        return to == null ? Instant.parse("9999-01-01T00:00:00Z") : to.plusDays(1).atStartOfDay(SWEDEN).toInstant();
    }

    private void flush(Map<Long, PoliceEventRepository.Hashed> inserts, Map<Long, PoliceEventRepository.Hashed> updates,
            Map<Long, PoliceEventRepository.Known> known, Instant now) {
        repository.insert(inserts.values(), now);
        repository.update(updates.values(), now);
        inserts.values().forEach(h -> known.put(h.event().id(), h.known()));
        updates.values().forEach(h -> known.put(h.event().id(), h.known()));
        inserts.clear();
        updates.clear();
    }

    private static String hash(PoliceEvent e) {
        try {
            var digest = MessageDigest.getInstance("SHA-256");
            String text = String.join("\u0000", String.valueOf(e.publishedAt().toInstant()), e.name(), e.summary(),
                    e.url(), e.type(), e.locationName(), String.valueOf(e.lat()), String.valueOf(e.lon()),
                    e.precision().name(), String.valueOf(e.municipalityCode()));
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
