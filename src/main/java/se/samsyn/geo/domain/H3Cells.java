package se.samsyn.geo.domain;

import com.uber.h3core.H3Core;
import java.io.IOException;
import java.io.UncheckedIOException;

/** H3 cell ids; the native library is loaded once per JVM. Note H3 takes (lat, lng). */
public final class H3Cells {

    private static final H3Core H3;

    static {
        try {
            H3 = H3Core.newInstance();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private H3Cells() {}

    public static long cell(double lat, double lon, int resolution) {
        return H3.latLngToCell(lat, lon, resolution);
    }

    public static H3Core core() {
        return H3;
    }
}
