package se.samsyn.geo;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.UUID;

public record AreaId(@JsonValue UUID value) {

    public static AreaId of(String value) {
        return new AreaId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
