package se.samsyn.statistics;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.UUID;

public record SeriesId(@JsonValue UUID value) {

    public static SeriesId of(String value) {
        return new SeriesId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
