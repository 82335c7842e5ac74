package se.samsyn.access.web;

import java.util.UUID;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import se.samsyn.access.UserId;
import se.samsyn.shared.NotFoundException;

/** Binds {@link UserId} path variables; a malformed id is a 404, like an unknown one. */
@Configuration
class UserIdConverter implements WebMvcConfigurer {

    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addConverter(String.class, UserId.class, UserIdConverter::parse);
    }

    static UserId parse(String value) {
        try {
            return new UserId(UUID.fromString(value.strip()));
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("common.error.notFound");
        }
    }
}
