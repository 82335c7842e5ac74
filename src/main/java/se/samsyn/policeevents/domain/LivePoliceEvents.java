package se.samsyn.policeevents.domain;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import se.samsyn.shared.RuleViolationException;

/**
 * The live fetch from polisen.se/api/events, when {@code samsyn.police-events.live.enabled=true}: every
 * {@code interval} one call, within the API's rules ({@link FetchLimiter}), and the answer goes through the same import
 * as an uploaded file (same quirks handled, same idempotent upsert). A 404 is permanent by the API's rules: fetching
 * stops until the application is restarted, and the admin page says so.
 */
@Service
public class LivePoliceEvents implements DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(LivePoliceEvents.class);
    static final Duration FIRST_DELAY = Duration.ofMinutes(1);
    private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

    private final LiveFetchSettings settings;
    private final PoliceEventService events;
    private final PolisenApiClient client;
    private final FetchLimiter limiter;
    private final Clock clock;
    private volatile LiveFetchStatus status;
    private @Nullable ScheduledExecutorService scheduler;

    @Autowired
    LivePoliceEvents(LiveFetchSettings settings, PoliceEventService events) {
        this(settings, events, Clock.systemUTC());
    }

    LivePoliceEvents(LiveFetchSettings settings, PoliceEventService events, Clock clock) {
        this.settings = settings;
        this.events = events;
        this.client = new PolisenApiClient(settings);
        this.limiter = new FetchLimiter(clock);
        this.clock = clock;
        this.status = LiveFetchStatus.initial(settings.enabled(), settings.url());
    }

    @EventListener(ApplicationReadyEvent.class)
    synchronized void start() {
        if (!settings.enabled()) {
            LOG.info("Live fetch from polisen.se is off (samsyn.police-events.live.enabled=false)");
            return;
        }
        LOG.info("Live fetch from {} every {}", settings.url(), settings.interval());
        scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            var t = new Thread(r, "policeevents-live");
            t.setDaemon(true);
            return t;
        });
        scheduler.scheduleWithFixedDelay(this::fetch, FIRST_DELAY.toSeconds(), settings.interval().toSeconds(),
                TimeUnit.SECONDS);
    }

    @Override
    public synchronized void destroy() {
        if (scheduler != null) {
            scheduler.shutdownNow();
        }
    }

    public LiveFetchStatus status() {
        return status;
    }

    /**
     * Fetches once and imports the answer, unless a 404 has stopped fetching or the rate rules refuse a call now (then
     * nothing is called). Never throws: the outcome is in the returned status.
     */
    public synchronized LiveFetchStatus fetch() {
        if (status.stopped()) {
            return status;
        }
        if (!limiter.tryAcquire()) {
            LOG.debug("polisen.se call skipped: less than {} s since the last or {} calls in the last hour",
                    FetchLimiter.MIN_GAP.toSeconds(), FetchLimiter.MAX_PER_HOUR);
            return status;
        }
        var now = clock.instant().atZone(SWEDEN).toOffsetDateTime();
        try {
            var response = client.get();
            if (response.status() == 404) {
                LOG.error("polisen.se answered 404 for {}; the API's rules make that permanent, so live fetching has "
                        + "stopped until restart", settings.url());
                status = status.failed(now, "policeevents.live.error.gone", List.of(), true);
                destroy();
            } else if (response.status() != 200) {
                LOG.warn("polisen.se answered HTTP {}", response.status());
                status = status.failed(now, "policeevents.live.error.status", List.of(String.valueOf(response.status())),
                        false);
            } else {
                var result = events.importFile("polisen.se/api/events", new ByteArrayInputStream(response.body()));
                LOG.info("Fetched polisen.se: {}", result);
                status = status.succeeded(now, result);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            LOG.warn("polisen.se could not be reached: {}", e.toString());
            status = status.failed(now, "policeevents.live.error.io", List.of(e.getClass().getSimpleName()), false);
        } catch (RuleViolationException e) {
            LOG.warn("polisen.se answered something that cannot be imported: {}", e.messageKey());
            status = status.failed(now, e.messageKey(),
                    java.util.Arrays.stream(e.arguments()).map(String::valueOf).toList(), false);
        } catch (RuntimeException e) {
            LOG.error("Live fetch from polisen.se failed", e);
            status = status.failed(now, "policeevents.live.error.unexpected", List.of(), false);
        }
        return status;
    }
}
