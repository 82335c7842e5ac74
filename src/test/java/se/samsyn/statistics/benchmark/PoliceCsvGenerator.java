package se.samsyn.statistics.benchmark;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a police monthly-count CSV of {@code areas × categories × months} rows (default 50 × 100 × 200 = 1 000 000),
 * with area names {@code Bench-område N} and categories {@code B001…}. Run:
 * {@code java -cp target/test-classes se.samsyn.statistics.benchmark.PoliceCsvGenerator target/bench/police-1m.csv}.
 */
public final class PoliceCsvGenerator {

    public static final int AREAS = 50;
    public static final int CATEGORIES = 100;
    public static final int MONTHS = 200;

    private PoliceCsvGenerator() {}

    public static void main(String[] args) throws IOException {
        write(Path.of(args.length > 0 ? args[0] : "target/bench/police-1m.csv"));
    }

    public static Path write(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("område;period;brottskategori;antal\n");
            long seed = 42;
            for (int a = 1; a <= AREAS; a++) {
                for (int c = 1; c <= CATEGORIES; c++) {
                    for (int m = 0; m < MONTHS; m++) {
                        seed = seed * 6364136223846793005L + 1442695040888963407L;
                        int year = 2000 + m / 12;
                        out.write("Bench-område " + a + ";" + year + "-" + String.format("%02d", m % 12 + 1) + ";B"
                                + String.format("%03d", c) + ";" + ((seed >>> 33) % 200) + "\n");
                    }
                }
            }
        }
        return file;
    }
}
