package se.samsyn.shared;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.UUID;

/** Kommunens arbetsyta: the unit of data ownership. Every row of municipal data carries one. */
public record WorkspaceId(@JsonValue UUID value) {

    public static WorkspaceId of(String value) {
        return new WorkspaceId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
