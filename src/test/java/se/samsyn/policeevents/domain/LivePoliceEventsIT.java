package se.samsyn.policeevents.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.samsyn.IntegrationTest;

/** The live fetch against a real HTTP server on this machine that serves a real polisen.se answer. */
@IntegrationTest
class LivePoliceEventsIT {

    private static final Path SNAPSHOT = Path.of(System.getProperty("user.dir"))
            .resolve("../shared/data/polisen_events/api_response_snapshot_2026-08-22.json");
    private static final String USER_AGENT = "Samsyn-test/1.0 (LivePoliceEventsIT)";

    @Autowired PoliceEventService events;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-08-22T18:00:00Z"));
    private final List<String> userAgents = new CopyOnWriteArrayList<>();
    private HttpServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    private LivePoliceEvents live(int status, byte[] body, boolean gzip) throws IOException {
        return live(status, body, gzip, Duration.ZERO, Duration.ofSeconds(10));
    }

    private LivePoliceEvents live(int status, byte[] body, boolean gzip, Duration delay, Duration timeout)
            throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/api/events", exchange -> {
            userAgents.add(exchange.getRequestHeaders().getFirst("User-Agent"));
            if (!delay.isZero()) {
                try {
                    Thread.sleep(delay.toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            if (gzip) {
                exchange.getResponseHeaders().add("Content-Encoding", "gzip");
            }
            exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
            exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
            try (var out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        var url = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/api/events");
        return new LivePoliceEvents(new LiveFetchSettings(true, url, USER_AGENT, Duration.ofMinutes(10), timeout),
                events, clock);
    }

    @Test
    void the_answer_is_imported_with_our_user_agent_and_a_call_within_ten_seconds_is_not_made() throws IOException {
        var live = live(200, gzip(Files.readAllBytes(SNAPSHOT)), true);

        var first = live.fetch();
        assertThat(first.errorKey()).isNull();
        assertThat(first.lastResult()).isNotNull();
        assertThat(first.lastResult().read()).isEqualTo(500);
        assertThat(userAgents).containsExactly(USER_AGENT);
        long stored = events.count();

        clock.advance(Duration.ofSeconds(9));
        live.fetch();
        assertThat(userAgents).hasSize(1);

        clock.advance(Duration.ofSeconds(1));
        var again = live.fetch();
        assertThat(userAgents).hasSize(2);
        assertThat(again.lastResult()).satisfies(r -> assertThat(r.unchanged()).isEqualTo(500));
        assertThat(events.count()).isEqualTo(stored);
    }

    @Test
    void a_404_stops_fetching_for_good_and_is_shown() throws IOException {
        var live = live(404, new byte[0], false);

        var status = live.fetch();
        assertThat(status.stopped()).isTrue();
        assertThat(status.errorKey()).isEqualTo("policeevents.live.error.gone");
        assertThat(userAgents).hasSize(1);

        clock.advance(Duration.ofHours(2));
        assertThat(live.fetch().stopped()).isTrue();
        assertThat(userAgents).hasSize(1);
    }

    @Test
    void a_server_error_is_shown_and_the_next_allowed_call_is_made() throws IOException {
        var live = live(503, "busy".getBytes(), false);

        assertThat(live.fetch().errorKey()).isEqualTo("policeevents.live.error.status");
        clock.advance(Duration.ofSeconds(10));
        var status = live.fetch();
        assertThat(status.stopped()).isFalse();
        assertThat(status.errorArgs()).containsExactly("503");
        assertThat(userAgents).hasSize(2);
    }

    @Test
    void an_answer_that_does_not_arrive_within_the_timeout_is_shown_as_unreachable() throws IOException {
        var live = live(200, "[]".getBytes(), false, Duration.ofSeconds(3), Duration.ofMillis(500));

        var status = live.fetch();
        assertThat(status.errorKey()).isEqualTo("policeevents.live.error.io");
        assertThat(status.errorArgs()).containsExactly("HttpTimeoutException");
        assertThat(status.stopped()).isFalse();
    }

    private static byte[] gzip(byte[] plain) throws IOException {
        var out = new ByteArrayOutputStream();
        try (var gz = new GZIPOutputStream(out)) {
            gz.write(plain);
        }
        return out.toByteArray();
    }
}
