package se.samsyn.demo.domain;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import se.samsyn.access.AccessApi;
import se.samsyn.access.NewUser;
import se.samsyn.access.UserId;
import se.samsyn.demo.DemoApi;
import se.samsyn.geo.AreaType;
import se.samsyn.geo.GeoApi;
import se.samsyn.organisation.NewOrganisation;
import se.samsyn.organisation.OrganisationApi;
import se.samsyn.organisation.OrganisationId;
import se.samsyn.organisation.OrganisationType;
import se.samsyn.incident.IncidentApi;
import se.samsyn.shared.Actor;
import se.samsyn.shared.Membership;
import se.samsyn.shared.Role;
import se.samsyn.shared.WorkspaceId;

/** Loads the demo once, into an empty database, when demo mode is on. */
@Component
@Order(10)
class DemoDataLoader implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(DemoDataLoader.class);
    private static final LocalDate FROM = LocalDate.of(2024, 1, 1);

    private final DemoApi demo;
    private final OrganisationApi organisations;
    private final AccessApi access;
    private final GeoApi geo;
    private final DemoAgreements agreements;
    private final DemoActionPlan actionPlan;
    private final IncidentApi incidents;

    DemoDataLoader(DemoApi demo, OrganisationApi organisations, AccessApi access, GeoApi geo, DemoAgreements agreements,
            IncidentApi incidents, DemoActionPlan actionPlan) {
        this.actionPlan = actionPlan;
        this.demo = demo;
        this.organisations = organisations;
        this.access = access;
        this.geo = geo;
        this.agreements = agreements;
        this.incidents = incidents;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demo.active() || !organisations.workspaces().isEmpty()) {
            return;
        }
        LOG.info("Demoläge: loading demo data for Lund, Lomma and Kävlinge");
        load();
    }

    void load() {
        var region = org("Polisregion Syd", OrganisationType.POLICE_REGION, null, null, null);
        var lund = org("Lunds kommun", OrganisationType.MUNICIPALITY, null, "1281", null);
        var lomma = org("Lomma kommun", OrganisationType.MUNICIPALITY, null, "1262", null);
        var kavlinge = org("Kävlinge kommun", OrganisationType.MUNICIPALITY, null, "1261", null);
        var lpoLund = organisations.register(new NewOrganisation("Lokalpolisområde Lund",
                OrganisationType.LOCAL_POLICE_AREA, null, null, null, region), List.of("1281"));
        var lpoKavlinge = organisations.register(new NewOrganisation("Lokalpolisområde Kävlinge",
                OrganisationType.LOCAL_POLICE_AREA, null, null, null, region), List.of("1261", "1262", "1231", "1230"));
        var socialLund = org("Socialförvaltningen, Lunds kommun", OrganisationType.ADMINISTRATION, null, null, lund);
        var techLund = org("Tekniska förvaltningen, Lunds kommun", OrganisationType.ADMINISTRATION, null, null, lund);
        var leisureLund = org("Kultur- och fritidsförvaltningen, Lunds kommun", OrganisationType.ADMINISTRATION, null, null, lund);
        var lkf = org("LKF – Lunds kommuns fastighets AB", OrganisationType.MUNICIPAL_COMPANY, null, null, lund);
        var guards = org("Trygga Väktare Syd AB (demo)", OrganisationType.PARTNER, "SECURITY_COMPANY", null, null);
        var housingLomma = org("Lomma Bostäder (demo)", OrganisationType.PARTNER, "HOUSING_COMPANY", null, null);
        var sraLund = org("Räddningstjänsten Syd", OrganisationType.PARTNER, "RESCUE_SERVICE", null, null);
        var fieldLomma = org("Fritid Lomma", OrganisationType.ADMINISTRATION, null, null, lomma);
        var nightWalkers = org("Nattvandrarna Kävlinge (demo)", OrganisationType.PARTNER, "ASSOCIATION", null, null);

        WorkspaceId wsLund = organisations.openWorkspace(lund);
        WorkspaceId wsLomma = organisations.openWorkspace(lomma);
        WorkspaceId wsKavlinge = organisations.openWorkspace(kavlinge);
        for (var o : new OrganisationId[] {lpoLund, socialLund, techLund, leisureLund, lkf, guards, sraLund}) {
            organisations.grant(wsLund, o);
        }
        for (var o : new OrganisationId[] {lpoKavlinge, housingLomma, fieldLomma, sraLund}) {
            organisations.grant(wsLomma, o);
        }
        for (var o : new OrganisationId[] {lpoKavlinge, nightWalkers, sraLund}) {
            organisations.grant(wsKavlinge, o);
        }

        UserId admin = user("admin@lund.example", "Anna Administratör", lund, true);
        grant(admin, wsLund, lund, Role.ADMIN);
        grant(admin, wsLomma, lomma, Role.ADMIN);
        grant(admin, wsKavlinge, kavlinge, Role.ADMIN);
        UserId sara = user("samordnare@lund.example", "Sara Samordnare", lund, false);
        grant(sara, wsLund, lund, Role.COORDINATOR);
        grant(user("kommunpolis@lund.polisen.example", "Karl Kommunpolis", lpoLund, false), wsLund, lpoLund, Role.MUNICIPAL_POLICE);
        grant(user("analytiker@lund.example", "Alva Analytiker", lund, false), wsLund, lund, Role.ANALYST);
        UserId rasmus = user("rapportor@lkf.example", "Rasmus Rapportör", lkf, false);
        grant(rasmus, wsLund, lkf, Role.REPORTER);
        UserId tove = user("rapportor@vaktare.example", "Tove Trygghetsvärd", guards, false);
        grant(tove, wsLund, guards, Role.REPORTER);
        grant(user("lasare@lund.example", "Lena Läsare", socialLund, false), wsLund, socialLund, Role.READER);
        grant(user("beslutsfattare@lund.example", "Bo Beslutsfattare", lund, false), wsLund, lund, Role.DECISION_MAKER);
        grant(user("samordnare@lomma.example", "Maja Samordnare", lomma, false), wsLomma, lomma, Role.COORDINATOR);
        UserId policeKavlinge = user("kommunpolis@kavlinge.polisen.example", "Kim Kommunpolis", lpoKavlinge, false);
        grant(policeKavlinge, wsLomma, lpoKavlinge, Role.MUNICIPAL_POLICE);
        grant(policeKavlinge, wsKavlinge, lpoKavlinge, Role.MUNICIPAL_POLICE);
        grant(user("samordnare@kavlinge.example", "Kerstin Samordnare", kavlinge, false), wsKavlinge, kavlinge, Role.COORDINATOR);

        UUID by = admin.value();
        byte[] municipalities = resource("demo/kommuner-lund-lomma-kavlinge.geojson");
        geo.importGeoJson(wsLund, AreaType.MUNICIPALITY, "sverige_kommuner.geojson (Lund)", municipalities, "id", "1281", FROM, by);
        geo.importGeoJson(wsLomma, AreaType.MUNICIPALITY, "sverige_kommuner.geojson (Lomma)", municipalities, "id", "1262", FROM, by);
        geo.importGeoJson(wsKavlinge, AreaType.MUNICIPALITY, "sverige_kommuner.geojson (Kävlinge)", municipalities, "id", "1261", FROM, by);
        geo.importGeoJson(wsLund, AreaType.EST_AREA, "demo-est-omraden-lund.geojson", DemoAreas.lund(), null, null, FROM, by);
        geo.importGeoJson(wsLomma, AreaType.EST_AREA, "demo-est-omraden-lomma.geojson", DemoAreas.lomma(), null, null, FROM, by);
        geo.importGeoJson(wsKavlinge, AreaType.EST_AREA, "demo-est-omraden-kavlinge.geojson", DemoAreas.kavlinge(), null, null, FROM, by);
        var parties = java.util.Map.of("Lunds kommun", lund, "Lokalpolisområde Lund", lpoLund, "Lomma kommun", lomma,
                "Lokalpolisområde Kävlinge", lpoKavlinge);
        agreements.load(wsLund, "lund-2019-2022", parties);
        agreements.load(wsLund, "lund-2024-2027", parties);
        agreements.load(wsLomma, "lomma-kavlinge-2023-2027", parties);
        int reports = new DemoReports(incidents).load(wsLund, geo.areas(wsLund, AreaType.EST_AREA),
                List.of(actor(rasmus, "rapportor@lkf.example", wsLund, lkf, Role.REPORTER),
                        actor(tove, "rapportor@vaktare.example", wsLund, guards, Role.REPORTER)),
                actor(sara, "samordnare@lund.example", wsLund, lund, Role.COORDINATOR));
        LOG.info("Demoläge: {} EST reports filed for Lund", reports);
        actionPlan.load(wsLund, actor(sara, "samordnare@lund.example", wsLund, lund, Role.COORDINATOR),
                geo.areas(wsLund, AreaType.EST_AREA), techLund, leisureLund, java.time.LocalDate.now());
        LOG.info("Demoläge: an adopted action plan loaded for Lund");
        LOG.info("Demoläge: demo data loaded; log in as {} with password {}", "samordnare@lund.example", DemoApi.DEMO_PASSWORD);
    }

    /** The actor a demo user acts as when demo reports are filed (the same shape the access module builds at login). */
    private static Actor actor(UserId user, String email, WorkspaceId ws, OrganisationId org, Role role) {
        return new Actor(user.value(), email, email, false, List.of(new Membership(ws, org.value(), role, null)));
    }

    private OrganisationId org(String name, OrganisationType type, String kind, String code, OrganisationId parent) {
        return organisations.register(new NewOrganisation(name, type, kind, code, null, parent));
    }

    private UserId user(String email, String name, OrganisationId org, boolean systemAdmin) {
        return access.createUser(new NewUser(email.toLowerCase(Locale.ROOT), name, DemoApi.DEMO_PASSWORD, org, systemAdmin));
    }

    private void grant(UserId user, WorkspaceId ws, OrganisationId org, Role role) {
        access.grantRole(user, ws, org, role, null);
    }

    private static byte[] resource(String path) {
        try (var in = new ClassPathResource(path).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
