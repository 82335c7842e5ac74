package se.samsyn.audit;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** Result of recomputing the hash chain: how many entries were checked and the first one that does not fit. */
public record ChainVerification(boolean intact, long entries, @Nullable Long firstBrokenSeq, @Nullable Instant firstBrokenAt) {}
