package se.samsyn.policeevents.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import se.samsyn.shared.RuleViolationException;

class ApiEventReaderTest {

    @Test
    void an_hour_without_zero_padding_is_read() {
        assertThat(ApiEventReader.datetime("2026-08-22 9:05:00 +02:00", 0))
                .isEqualTo(OffsetDateTime.parse("2026-08-22T09:05:00+02:00"));
        assertThat(ApiEventReader.datetime("2026-08-22 19:51:41 +02:00", 0))
                .isEqualTo(OffsetDateTime.parse("2026-08-22T19:51:41+02:00"));
    }

    @Test
    void a_date_that_is_not_the_api_format_is_a_rule_violation() {
        assertThatThrownBy(() -> ApiEventReader.datetime("2026-08-22T09:05:00Z", 3))
                .isInstanceOf(RuleViolationException.class);
    }

    @Test
    void a_relative_url_is_prefixed_with_polisen_se() {
        assertThat(ApiEventReader.absolute("/aktuellt/handelser/2026/augusti/22/x/"))
                .isEqualTo("https://polisen.se/aktuellt/handelser/2026/augusti/22/x/");
        assertThat(ApiEventReader.absolute("https://polisen.se/a/")).isEqualTo("https://polisen.se/a/");
    }

    @Test
    void the_place_is_the_last_part_of_the_title_even_when_the_type_has_a_comma() {
        assertThat(ApiEventReader.placeInTitle("22 augusti 17.59, Trafikolycka, personskada, Kävlinge"))
                .isEqualTo("Kävlinge");
    }
}
