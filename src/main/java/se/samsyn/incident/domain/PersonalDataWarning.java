package se.samsyn.incident.domain;

import java.util.List;
import se.samsyn.shared.RuleViolationException;

/** The free text seems to contain personal data; the reporter must confirm before it is stored (masked). */
public class PersonalDataWarning extends RuleViolationException {

    private final List<PersonalDataScreen.Kind> kinds;

    public PersonalDataWarning(List<PersonalDataScreen.Kind> kinds) {
        super("incident.pii.warning");
        this.kinds = List.copyOf(kinds);
    }

    public List<PersonalDataScreen.Kind> kinds() {
        return kinds;
    }
}
