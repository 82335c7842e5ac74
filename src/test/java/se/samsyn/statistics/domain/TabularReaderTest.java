package se.samsyn.statistics.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import org.junit.jupiter.api.Test;
import se.samsyn.statistics.Granularity;

class TabularReaderTest {

    @Test
    void detectsWindows1252AndSemicolons() {
        var d = TabularReader.detect("Område;Antal\nVästra;1\n".getBytes(Charset.forName("windows-1252")));
        assertThat(d.encoding()).isEqualTo("Windows-1252");
        assertThat(d.separator()).isEqualTo("semikolon");
    }

    @Test
    void detectsUtf8WithBomAndTabs() {
        byte[] body = "Område\tAntal\nÖster\t1\n".getBytes(StandardCharsets.UTF_8);
        byte[] file = new byte[body.length + 3];
        file[0] = (byte) 0xEF;
        file[1] = (byte) 0xBB;
        file[2] = (byte) 0xBF;
        System.arraycopy(body, 0, file, 3, body.length);
        var rows = new ArrayList<TabularReader.Row>();
        var d = TabularReader.read(file, rows::add);
        assertThat(d.encoding()).isEqualTo("UTF-8 med BOM");
        assertThat(d.separator()).isEqualTo("tabb");
        assertThat(rows.get(0).cells()).containsExactly("Område", "Antal");
        assertThat(rows.get(1).number()).isEqualTo(2);
    }

    @Test
    void commasInsideQuotesDoNotCountAsSeparators() {
        assertThat(TabularReader.separator("\"a,b\";\"c,d\";e\n")).isEqualTo(';');
    }

    @Test
    void refusesUtf16AndBinaryFiles() {
        assertThatThrownBy(() -> TabularReader.detect("a;b".getBytes(StandardCharsets.UTF_16LE)))
                .isInstanceOf(ImportRejected.class);
        assertThatThrownBy(() -> TabularReader.detect(new byte[] {(byte) 0xFF, (byte) 0xFE, 'a', 0}))
                .isInstanceOf(ImportRejected.class);
    }

    @Test
    void readsEveryPeriodNotation() {
        assertThat(PoliceFile.period("2026-01").start()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(PoliceFile.period("januari 2026").start()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(PoliceFile.period("2026 T2").start()).isEqualTo(LocalDate.of(2026, 5, 1));
        assertThat(PoliceFile.period("2026 T2").granularity()).isEqualTo(Granularity.TERTIAL);
        assertThat(PoliceFile.period("2026").granularity()).isEqualTo(Granularity.YEAR);
        assertThatThrownBy(() -> PoliceFile.period("2026-13")).isInstanceOf(RuntimeException.class);
        assertThat(Granularity.TERTIAL.label(LocalDate.of(2026, 9, 1))).isEqualTo("2026 T3");
    }
}
