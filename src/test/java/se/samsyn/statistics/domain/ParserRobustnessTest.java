package se.samsyn.statistics.domain;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Runs with every build, beside the Jazzer fuzz tests (which replay only their seeds unless JAZZER_FUZZ is set):
 * thousands of mutated files with a fixed seed (flipped bytes, cut-offs, inserted quotes and separators, random bytes)
 * must only ever end in a result or an {@link ImportRejected} with a message key, never in another exception.
 */
class ParserRobustnessTest {

    static final String POLICE = "område;period;brottskategori;antal\nLund;2026-01;VALD;3\nLund;2026 T2;VALD;4\n";
    static final String BRA = "kommunkod,kommun,brottskategori,ar,manad,antal,per_100000_inv\n1281,Lund,Stöldbrott,2013,1,900,780\n";
    static final String SURVEY = "omrade,omradestyp,ingar_i,ar,indikator,varde,enhet,kalla_url,citat_ur_kallan\n"
            + "Lund,kommun,Polisregion Syd,2019,totalindex,1.5,index,https://x,\"a, b\"\n";
    static final String OTHER = "serie;enhet;område;period;värde\nKlotter;kr;;2026-01;100\nBränder;antal;Centrum;2026 T1;3\n";

    @Test
    void mutatedFilesEndInAResultOrAClearRejection() {
        check(POLICE, StatisticsParsers.POLICE);
        check(BRA, StatisticsParsers.BRA);
        check(SURVEY, StatisticsParsers.SURVEY);
        check(OTHER, StatisticsParsers.OTHER);
    }

    @Test
    void theCheckFailsOnAnyOtherExceptionAndOnARejectionWithoutAMessage() {
        assertThatThrownBy(() -> StatisticsParsers.endsInResultOrRejection(c -> {
            throw new IndexOutOfBoundsException();
        }, new byte[0])).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> StatisticsParsers.endsInResultOrRejection(c -> {
            throw new ImportRejected(ImportProblem.file(""));
        }, new byte[0])).isInstanceOf(AssertionError.class);
        assertThatCode(() -> StatisticsParsers.endsInResultOrRejection(c -> {
            throw new ImportRejected(ImportProblem.file("statistics.import.error.empty"));
        }, new byte[0])).doesNotThrowAnyException();
    }

    private static void check(String seed, StatisticsParsers.Parser parser) {
        var random = new Random(20261123);
        byte[] original = seed.getBytes(StandardCharsets.UTF_8);
        byte[] noise = ";,\t\"\n\r\u00e5-0123456789T".getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < 3000; i++) {
            byte[] mutated = mutate(original, random, noise);
            assertThatCode(() -> StatisticsParsers.endsInResultOrRejection(parser, mutated))
                    .as("input %s", new String(mutated, StandardCharsets.ISO_8859_1)).doesNotThrowAnyException();
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
