package se.samsyn.policeevents.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class FetchLimiterTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-08-22T10:00:00Z"));
    private final FetchLimiter limiter = new FetchLimiter(clock);

    @Test
    void a_call_sooner_than_ten_seconds_after_the_last_is_refused() {
        assertThat(limiter.tryAcquire()).isTrue();
        clock.advance(Duration.ofMillis(9_999));
        assertThat(limiter.tryAcquire()).isFalse();
        clock.advance(Duration.ofMillis(1));
        assertThat(limiter.tryAcquire()).isTrue();
        assertThat(limiter.tryAcquire()).isFalse();
    }

    @Test
    void at_most_sixty_calls_in_any_hour() {
        for (int i = 0; i < 60; i++) {
            assertThat(limiter.tryAcquire()).as("call %d", i + 1).isTrue();
            clock.advance(Duration.ofSeconds(10));
        }
        // 60 calls in the last 600 s: the 61st waits until the first is an hour old
        assertThat(limiter.tryAcquire()).isFalse();
        clock.advance(Duration.ofMinutes(50).minusSeconds(1));
        assertThat(limiter.tryAcquire()).isFalse();
        clock.advance(Duration.ofSeconds(1));
        assertThat(limiter.tryAcquire()).isTrue();
        assertThat(limiter.tryAcquire()).isFalse();
    }
}
