package se.samsyn.agreement;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A referralvar: position, date, the recipient's reference (dnr), text and/or an attached file. */
public record ReferralReply(@Nullable ReplyPosition position, @Nullable LocalDate receivedOn, @Nullable String reference,
        @Nullable String text, @Nullable String fileName, @Nullable String contentType, byte @Nullable [] data) {}
