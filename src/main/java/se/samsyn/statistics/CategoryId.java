package se.samsyn.statistics;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.UUID;

public record CategoryId(@JsonValue UUID value) {

    public static CategoryId of(String value) {
        return new CategoryId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
