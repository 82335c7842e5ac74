package se.samsyn.policeevents.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The polisen.se API's usage rules as a gate in front of every call: at least 10 s since the previous call and at
 * most 60 calls in any hour. A refused call is simply not made.
 */
final class FetchLimiter {

    static final Duration MIN_GAP = Duration.ofSeconds(10);
    static final int MAX_PER_HOUR = 60;

    private final Clock clock;
    private final Deque<Instant> calls = new ArrayDeque<>();

    FetchLimiter(Clock clock) {
        this.clock = clock;
    }

    /** Counts a call and returns true if it may be made now; otherwise counts nothing and returns false. */
    synchronized boolean tryAcquire() {
        Instant now = clock.instant();
        Instant hourAgo = now.minus(Duration.ofHours(1));
        while (!calls.isEmpty() && !calls.peekFirst().isAfter(hourAgo)) {
            calls.removeFirst();
        }
        Instant last = calls.peekLast();
        if (last != null && now.isBefore(last.plus(MIN_GAP))) {
            return false;
        }
        if (calls.size() >= MAX_PER_HOUR) {
            return false;
        }
        calls.addLast(now);
        return true;
    }
}
