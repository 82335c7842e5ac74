package se.samsyn.agreement.domain;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

public record SectionView(UUID id, int position, String title, @Nullable String body, @Nullable String goal) {}
