package se.samsyn.organisation;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.UUID;

public record OrganisationId(@JsonValue UUID value) {

    public static OrganisationId of(String value) {
        return new OrganisationId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
