package se.samsyn.incident.domain;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A report category in its current version. */
public record CategoryView(UUID id, String code, @Nullable String parentCode, int version, String name,
        @Nullable String description, String commonCode, boolean retired, int position) {

    public boolean child() {
        return parentCode != null;
    }
}
