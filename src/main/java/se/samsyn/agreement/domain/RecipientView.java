package se.samsyn.agreement.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import se.samsyn.agreement.ReplyPosition;

/** A referral recipient and its reply, if any. */
public record RecipientView(UUID id, String name, @Nullable UUID organisation, @Nullable String email,
        @Nullable Instant remindedAt, @Nullable ReplyPosition position, @Nullable LocalDate replyOn,
        @Nullable String replyRef, @Nullable String replyText, @Nullable String fileName,
        @Nullable String resultingChange) {

    public boolean answered() {
        return position != null;
    }

    /** The first 300 characters of the reply, cut at a word, for the compilation. */
    public @Nullable String excerpt() {
        if (replyText == null || replyText.length() <= 300) {
            return replyText;
        }
        int cut = replyText.lastIndexOf(' ', 300);
        return replyText.substring(0, cut > 200 ? cut : 300) + " …";
    }
}
