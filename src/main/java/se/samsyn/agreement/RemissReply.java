package se.samsyn.agreement;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A remissvar: position, date, the recipient's reference (dnr), text and/or an attached file. */
public record RemissReply(@Nullable ReplyPosition position, @Nullable LocalDate receivedOn, @Nullable String reference,
        @Nullable String text, @Nullable String fileName, @Nullable String contentType, byte @Nullable [] data) {}
