package se.samsyn.statistics.domain;

import static org.assertj.core.api.Assertions.assertThatCode;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import se.samsyn.shared.WorkspaceId;

/**
 * Not Jazzer (no new dependency), but the same idea with a fixed seed: thousands of mutated files (flipped bytes,
 * cut-offs, inserted quotes and separators, random bytes) must only ever end in a result or an {@link ImportRejected}
 * with a message key, never in another exception.
 */
class ParserRobustnessTest {

    static final String POLICE = "område;period;brottskategori;antal\nLund;2026-01;VALD;3\nLund;2026 T2;VALD;4\n";
    static final String BRA = "kommunkod,kommun,brottskategori,ar,manad,antal,per_100000_inv\n1281,Lund,Stöldbrott,2013,1,900,780\n";
    static final String SURVEY = "omrade,omradestyp,ingar_i,ar,indikator,varde,enhet,kalla_url,citat_ur_kallan\n"
            + "Lund,kommun,Polisregion Syd,2019,totalindex,1.5,index,https://x,\"a, b\"\n";

    interface Parser {
        void parse(byte[] content);
    }

    @Test
    void mutatedFilesEndInAResultOrAClearRejection() {
        var context = new PoliceFile.Context("1281", "Lund", List.of("Lund"), List.of(), List.of());
        var bra = new BraFiles();
        var surveys = new SurveyFiles(null);
        var ws = new WorkspaceId(java.util.UUID.randomUUID());
        check(POLICE, c -> PoliceFile.read(c, Map.of(), context, n -> {}));
        check(BRA, c -> bra.read("bra.csv", c));
        check(SURVEY, c -> surveys.read(ws, "s.csv", c));
        check(POLICE, c -> OtherFile.read(c));
    }

    private static void check(String seed, Parser parser) {
        var random = new Random(20261123);
        byte[] original = seed.getBytes(StandardCharsets.UTF_8);
        byte[] noise = ";,\t\"\n\r\u00e5-0123456789T".getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < 3000; i++) {
            byte[] mutated = mutate(original, random, noise);
            assertThatCode(() -> {
                try {
                    parser.parse(mutated);
                } catch (ImportRejected expected) {
                    if (expected.problems().isEmpty() || expected.problems().get(0).messageKey().isBlank()) {
                        throw new AssertionError("rejection without a message", expected);
                    }
                }
            }).as("input %s", new String(mutated, StandardCharsets.ISO_8859_1)).doesNotThrowAnyException();
        }
    }

    private static byte[] mutate(byte[] original, Random random, byte[] noise) {
        byte[] b = original.clone();
        switch (random.nextInt(4)) {
            case 0 -> {
                for (int k = 0; k < 1 + random.nextInt(4); k++) {
                    b[random.nextInt(b.length)] = noise[random.nextInt(noise.length)];
                }
            }
            case 1 -> b = java.util.Arrays.copyOf(b, random.nextInt(b.length));
            case 2 -> {
                for (int k = 0; k < 1 + random.nextInt(3); k++) {
                    b[random.nextInt(b.length)] = (byte) random.nextInt(256);
                }
            }
            default -> {
                byte[] r = new byte[random.nextInt(64)];
                random.nextBytes(r);
                b = r;
            }
        }
        return b;
    }
}
