package se.samsyn.agreement.domain;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import se.samsyn.agreement.AnnexKind;

public record AnnexView(UUID id, AnnexKind kind, String title, @Nullable String body, @Nullable String fileName) {}
