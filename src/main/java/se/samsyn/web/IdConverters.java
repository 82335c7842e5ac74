package se.samsyn.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import se.samsyn.geo.AreaId;
import se.samsyn.organisation.OrganisationId;
import se.samsyn.shared.NotFoundException;
import se.samsyn.shared.WorkspaceId;

/** Binds typed ids from paths and parameters; a malformed id is a 404, like an unknown one. */
@Configuration
class IdConverters implements WebMvcConfigurer {

    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addConverter(String.class, WorkspaceId.class, s -> WorkspaceId.of(uuid(s)));
        registry.addConverter(String.class, OrganisationId.class, s -> OrganisationId.of(uuid(s)));
        registry.addConverter(String.class, AreaId.class, s -> AreaId.of(uuid(s)));
    }

    private static String uuid(String s) {
        try {
            return java.util.UUID.fromString(s.strip()).toString();
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("common.error.notFound");
        }
    }
}
