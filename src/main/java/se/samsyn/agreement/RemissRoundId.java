package se.samsyn.agreement;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.UUID;

public record RemissRoundId(@JsonValue UUID value) {

    public static RemissRoundId of(String value) {
        return new RemissRoundId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
