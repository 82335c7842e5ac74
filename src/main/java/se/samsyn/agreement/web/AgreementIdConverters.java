package se.samsyn.agreement.web;

import java.util.UUID;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import se.samsyn.agreement.AgreementId;
import se.samsyn.agreement.GovernanceBodyId;
import se.samsyn.agreement.ReferralRoundId;
import se.samsyn.shared.NotFoundException;

/** Binds the module's typed ids; a malformed id is a 404, like an unknown one. */
@Configuration
class AgreementIdConverters implements WebMvcConfigurer {

    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addConverter(String.class, AgreementId.class, s -> new AgreementId(uuid(s)));
        registry.addConverter(String.class, GovernanceBodyId.class, s -> new GovernanceBodyId(uuid(s)));
        registry.addConverter(String.class, ReferralRoundId.class, s -> new ReferralRoundId(uuid(s)));
    }

    static UUID uuid(String s) {
        try {
            return UUID.fromString(s.strip());
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("common.error.notFound");
        }
    }
}
