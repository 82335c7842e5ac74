package se.samsyn.statistics.web;

import java.util.UUID;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import se.samsyn.shared.NotFoundException;
import se.samsyn.statistics.CategoryId;
import se.samsyn.statistics.SeriesId;

/** Binds the module's typed ids; a malformed id is a 404, like an unknown one. */
@Configuration
class StatisticsIdConverters implements WebMvcConfigurer {

    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addConverter(String.class, SeriesId.class, s -> new SeriesId(uuid(s)));
        registry.addConverter(String.class, CategoryId.class, s -> new CategoryId(uuid(s)));
    }

    static UUID uuid(String s) {
        try {
            return UUID.fromString(s.strip());
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("common.error.notFound");
        }
    }
}
