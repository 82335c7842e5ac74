package se.samsyn.organisation.web;

import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import se.samsyn.organisation.NewOrganisation;
import se.samsyn.organisation.OrganisationId;
import se.samsyn.organisation.OrganisationType;
import se.samsyn.organisation.domain.OrganisationDetails;
import se.samsyn.shared.NotFoundException;
import se.samsyn.shared.RuleViolationException;

/** What the administrator typed; kept as text so a rejected form comes back exactly as entered. */
record OrganisationForm(
        @Nullable String name,
        @Nullable OrganisationType type,
        @Nullable String partnerKind,
        @Nullable String municipalityCode,
        @Nullable String orgNumber,
        @Nullable String parent,
        @Nullable String servedCodes,
        @Nullable Long version) {

    static OrganisationForm empty() {
        return new OrganisationForm("", OrganisationType.MUNICIPALITY, null, null, null, null, null, 0L);
    }

    static OrganisationForm of(OrganisationDetails details) {
        var o = details.summary();
        return new OrganisationForm(o.name(), o.type(), o.partnerKind(), o.municipalityCode(), details.orgNumber(),
                o.parent() == null ? null : o.parent().toString(), String.join(", ", details.servedMunicipalityCodes()),
                details.version());
    }

    /** The version the form was read at; without one a change cannot prove it saw the latest, so it counts as stale. */
    long versionRead() {
        return version == null ? -1 : version;
    }

    NewOrganisation toNewOrganisation() {
        if (type == null) {
            throw new RuleViolationException("organisation.error.typeRequired");
        }
        return new NewOrganisation(name == null ? "" : name, type, partnerKind, municipalityCode, orgNumber, parentId());
    }

    /** Kommunkoder separated by commas, semicolons or spaces. */
    List<String> servedCodeList() {
        if (servedCodes == null || servedCodes.isBlank()) {
            return List.of();
        }
        return Arrays.stream(servedCodes.split("[,;\\s]+")).filter(s -> !s.isBlank()).toList();
    }

    private @Nullable OrganisationId parentId() {
        if (parent == null || parent.isBlank()) {
            return null;
        }
        try {
            return OrganisationId.of(parent.strip());
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("organisation.error.parentNotFound");
        }
    }
}
