package se.samsyn.agreement;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.UUID;

public record ReferralRoundId(@JsonValue UUID value) {

    public static ReferralRoundId of(String value) {
        return new ReferralRoundId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
