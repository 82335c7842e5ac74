package se.samsyn.statistics.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import se.samsyn.geo.AreaId;
import se.samsyn.geo.AreaSummary;
import se.samsyn.geo.AreaType;
import se.samsyn.shared.WorkspaceId;
import se.samsyn.statistics.CategoryId;
import se.samsyn.statistics.CouncilCategory;

/**
 * The statistics module's file parsers, each with a fixed context (a kommun with one area and two council categories,
 * so a police file can get past the name checks), and the one rule every robustness and fuzz test checks: a parser
 * ends in a result or in an {@link ImportRejected} that names a problem; any other exception is a defect.
 */
final class StatisticsParsers {

    interface Parser {
        void parse(byte[] content);
    }

    static final WorkspaceId WORKSPACE = new WorkspaceId(UUID.fromString("00000000-0000-0000-0000-000000000001"));

    static final PoliceFile.Context CONTEXT = new PoliceFile.Context("1281", "Lund", List.of("Lund"),
            List.of(new AreaSummary(new AreaId(UUID.fromString("00000000-0000-0000-0000-000000000002")), WORKSPACE,
                    AreaType.EST_AREA, "Centrum", "C1", null, LocalDate.of(2000, 1, 1), null, 55.7, 13.2, 1.0)),
            List.of(category("VALD", "Våldsbrott", "Misshandel"), category("SKADE", "Skadegörelse", "Skadegörelsebrott")));

    static final Parser POLICE = content -> PoliceFile.read(content, Map.of(), CONTEXT, n -> {});
    static final Parser BRA = content -> new BraFiles().read("bra_2024.csv", content);
    /** The repository is only used by the write step, which parsing never runs. */
    static final Parser SURVEY = content -> new SurveyFiles(null).read(WORKSPACE, "trygghet.csv", content);
    static final Parser OTHER = OtherFile::read;

    private StatisticsParsers() {}

    /** Parses; a clear rejection is swallowed, anything else (including a rejection without a message) is thrown. */
    static void endsInResultOrRejection(Parser parser, byte[] content) {
        try {
            parser.parse(content);
        } catch (ImportRejected rejected) {
            if (rejected.problems().isEmpty() || rejected.problems().get(0).messageKey().isBlank()) {
                throw new AssertionError("rejection without a message", rejected);
            }
        }
    }

    private static CouncilCategory category(String code, String name, String policeName) {
        return new CouncilCategory(new CategoryId(UUID.nameUUIDFromBytes(code.getBytes())), code, name,
                LocalDate.of(2000, 1, 1), null,
                List.of(new CouncilCategory.Mapping(UUID.nameUUIDFromBytes(policeName.getBytes()), "POLICE", policeName)));
    }
}
