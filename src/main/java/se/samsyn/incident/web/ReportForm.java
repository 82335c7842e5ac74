package se.samsyn.incident.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The report form: one or more observations. A mutable bean rather than a record because the list of observations
 * grows and shrinks with the "add"/"remove" buttons and Spring binds indexed nested beans most reliably.
 */
public class ReportForm {

    private String submissionKey = UUID.randomUUID().toString();
    private boolean confirmPersonalData;
    private List<ObservationForm> observations = new ArrayList<>(List.of(new ObservationForm()));

    public String getSubmissionKey() {
        return submissionKey;
    }

    public void setSubmissionKey(@Nullable String submissionKey) {
        this.submissionKey = submissionKey == null ? "" : submissionKey;
    }

    public boolean isConfirmPersonalData() {
        return confirmPersonalData;
    }

    public void setConfirmPersonalData(boolean confirmPersonalData) {
        this.confirmPersonalData = confirmPersonalData;
    }

    public List<ObservationForm> getObservations() {
        return observations;
    }

    public void setObservations(List<ObservationForm> observations) {
        this.observations = observations;
    }
}
