package se.samsyn.agreement;

import java.time.LocalDate;
import java.util.List;
import se.samsyn.TestData;
import se.samsyn.organisation.OrganisationApi;
import se.samsyn.organisation.OrganisationId;
import se.samsyn.organisation.OrganisationType;

/** A kommun workspace with its lokalpolisområde and a kommunstyrelse, ready for agreements. */
public final class AgreementFixture {

    public final TestData.TestWorkspace ws;
    public final OrganisationId kommun;
    public final OrganisationId lpo;
    public final GovernanceBodyId ks;
    private final AgreementApi api;

    public AgreementFixture(TestData data, OrganisationApi organisations, AgreementApi api) {
        this(data, organisations, api, data.workspace());
    }

    public AgreementFixture(TestData data, OrganisationApi organisations, AgreementApi api, TestData.TestWorkspace ws) {
        this.api = api;
        this.ws = ws;
        kommun = ws.municipality();
        organisations.grant(ws.id(), kommun);
        lpo = data.organisation("Lokalpolisområde Test", OrganisationType.LOCAL_POLICE_AREA);
        organisations.grant(ws.id(), lpo);
        ks = api.createBody(ws.id(), "Kommunstyrelsen", BodyKind.MUNICIPAL_BOARD, null, "Beslutar om överenskommelser", null);
    }

    public AgreementContent content(String title, LocalDate from, LocalDate to) {
        return new AgreementContent(title, AgreementLevel.LOCAL, List.of(kommun, lpo), from, to, "Inledning",
                "Syftet är att främja samarbetet mellan kommun och polis.", "Ökad trygghet och minskad brottslighet.", null,
                "Följs upp årligen.", null, null, null);
    }

    public AgreementId draft(String title, int fromYear, int toYear) {
        return api.create(ws.id(), content(title, LocalDate.of(fromYear, 1, 1), LocalDate.of(toYear, 12, 31)), null);
    }

    /** Drafted, adopted by the kommunstyrelse on {@code adopted}, signed by two on {@code signed}, published. */
    public AgreementId inForce(String title, int fromYear, int toYear, LocalDate adopted, LocalDate signed) {
        var id = draft(title, fromYear, toYear);
        api.changeStatus(ws.id(), id, AgreementStatus.PENDING_DECISION, null);
        api.changeStatus(ws.id(), id, AgreementStatus.ADOPTED, new Decision(ks, adopted, "KS § 12"));
        api.addSignatory(ws.id(), id, new NewSignatory("Anna Ordförande", "Kommunstyrelsens ordförande", kommun, "Test", signed));
        api.addSignatory(ws.id(), id, new NewSignatory("Bo Polis", "Lokalpolisområdeschef", lpo, "Test", signed));
        api.changeStatus(ws.id(), id, AgreementStatus.SIGNED, null);
        api.changeStatus(ws.id(), id, AgreementStatus.ACTIVE, null);
        return id;
    }
}
