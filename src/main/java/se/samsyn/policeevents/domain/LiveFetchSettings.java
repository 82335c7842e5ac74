package se.samsyn.policeevents.domain;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code samsyn.police-events.live.*}: the live fetch from polisen.se, off by default. The address must be HTTPS (plain
 * HTTP only to this machine, for tests); {@code interval} is the pause between fetches, and {@link FetchLimiter} keeps
 * every call within the API's rules whatever it is set to.
 */
@ConfigurationProperties("samsyn.police-events.live")
record LiveFetchSettings(
        @DefaultValue("false") boolean enabled,
        @DefaultValue("https://polisen.se/api/events") URI url,
        @DefaultValue("Samsyn/0.1 (samverkan kommun-polis mot brott; kommunal installation)") String userAgent,
        @DefaultValue("10m") Duration interval,
        @DefaultValue("30s") Duration timeout) {

    LiveFetchSettings {
        boolean loopback = "http".equals(url.getScheme()) && ("localhost".equals(url.getHost())
                || "127.0.0.1".equals(url.getHost()) || "[::1]".equals(url.getHost()));
        if (!"https".equals(url.getScheme()) && !loopback) {
            throw new IllegalArgumentException("samsyn.police-events.live.url must be an https address: " + url);
        }
        if (userAgent.isBlank()) {
            throw new IllegalArgumentException("samsyn.police-events.live.user-agent must describe the installation");
        }
        if (interval.compareTo(FetchLimiter.MIN_GAP) < 0) {
            throw new IllegalArgumentException("samsyn.police-events.live.interval must be at least "
                    + FetchLimiter.MIN_GAP.toSeconds() + " s");
        }
    }
}
