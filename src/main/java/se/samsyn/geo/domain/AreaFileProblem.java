package se.samsyn.geo.domain;

import se.samsyn.shared.RuleViolationException;

/** A GeoJSON file that cannot be imported; the key names what is wrong and the arguments say where. */
public class AreaFileProblem extends RuleViolationException {

    public AreaFileProblem(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
