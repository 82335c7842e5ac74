package se.samsyn.policeevents.domain;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class LiveFetchSettingsTest {

    private static LiveFetchSettings settings(String url, String userAgent, Duration interval) {
        return new LiveFetchSettings(true, URI.create(url), userAgent, interval, Duration.ofSeconds(30));
    }

    @Test
    void only_https_is_allowed_except_to_this_machine() {
        assertThatCode(() -> settings("https://polisen.se/api/events", "Samsyn", Duration.ofMinutes(10)))
                .doesNotThrowAnyException();
        assertThatCode(() -> settings("http://127.0.0.1:8089/api/events", "Samsyn", Duration.ofMinutes(10)))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> settings("http://polisen.se/api/events", "Samsyn", Duration.ofMinutes(10)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("https");
    }

    @Test
    void a_blank_user_agent_or_an_interval_under_ten_seconds_is_refused() {
        assertThatThrownBy(() -> settings("https://polisen.se/api/events", " ", Duration.ofMinutes(10)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> settings("https://polisen.se/api/events", "Samsyn", Duration.ofSeconds(9)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
