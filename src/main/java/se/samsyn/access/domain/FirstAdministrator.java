package se.samsyn.access.domain;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import se.samsyn.access.AccessSettings;
import se.samsyn.access.NewUser;
import se.samsyn.organisation.NewOrganisation;
import se.samsyn.organisation.OrganisationApi;
import se.samsyn.organisation.OrganisationType;

/**
 * On a database without users, creates the first system administrator from {@code SAMSYN_ADMIN_EMAIL} and
 * {@code SAMSYN_ADMIN_PASSWORD}, in an organisation of its own ("Samsyn förvaltning").
 */
@Component
@Order(5)
class FirstAdministrator implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(FirstAdministrator.class);

    private final AccessSettings settings;
    private final UserService users;
    private final OrganisationApi organisations;

    FirstAdministrator(AccessSettings settings, UserService users, OrganisationApi organisations) {
        this.settings = settings;
        this.users = users;
        this.organisations = organisations;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (users.count() > 0 || settings.adminEmail() == null || settings.adminEmail().isBlank()) {
            return;
        }
        var org = organisations.register(new NewOrganisation("Samsyn förvaltning", OrganisationType.ADMINISTRATION,
                null, null, null, null));
        users.create(new NewUser(settings.adminEmail(), "Administratör", settings.adminPassword(), org, true));
        LOG.info("Created the first administrator {}", settings.adminEmail());
    }
}
