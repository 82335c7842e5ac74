package se.samsyn.agreement;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.UUID;

public record GovernanceBodyId(@JsonValue UUID value) {

    public static GovernanceBodyId of(String value) {
        return new GovernanceBodyId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
