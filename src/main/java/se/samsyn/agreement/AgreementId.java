package se.samsyn.agreement;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.UUID;

public record AgreementId(@JsonValue UUID value) {

    public static AgreementId of(String value) {
        return new AgreementId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
