package se.samsyn.agreement;

import org.jspecify.annotations.Nullable;

/** A bilaga: text, an uploaded file, or both. */
public record NewAnnex(@Nullable AnnexKind kind, @Nullable String title, @Nullable String body, @Nullable String fileName,
        @Nullable String contentType, byte @Nullable [] data) {}
