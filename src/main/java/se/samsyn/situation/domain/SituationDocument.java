package se.samsyn.situation.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import se.samsyn.situation.SituationPicture;

/**
 * One version of a lägesbild document. {@code picture} is the data section frozen when the version was created.
 * {@code lockVersion} is the optimistic lock for edits and transitions.
 */
public record SituationDocument(UUID id, UUID seriesId, int versionNo, DocumentType type, String title,
        SituationPicture picture, @Nullable String mapping, @Nullable String otherInfo, @Nullable String analysis,
        @Nullable String conclusions, List<DocumentSource> sources, DocumentStatus status, @Nullable UUID bodyId,
        @Nullable String bodyName, @Nullable LocalDate decidedOn, @Nullable String paragraph,
        @Nullable LocalDate publishedOn, int lockVersion, Instant createdAt, Instant updatedAt) {

    /** The three parts Lag (2023:196) asks for are written. */
    public boolean lawPartsWritten() {
        return present(mapping) && present(otherInfo) && present(analysis);
    }

    private static boolean present(@Nullable String s) {
        return s != null && !s.isBlank();
    }

    /** A row of the document list or the version history, without the data section. */
    public record Summary(UUID id, UUID seriesId, int versionNo, DocumentType type, String title, LocalDate periodFirst,
            LocalDate periodLast, DocumentStatus status, @Nullable String bodyName, @Nullable LocalDate decidedOn,
            Instant createdAt) {}

    /** What an editor writes. */
    public record Text(String title, @Nullable String mapping, @Nullable String otherInfo, @Nullable String analysis,
            @Nullable String conclusions, List<DocumentSource> sources) {}
}
