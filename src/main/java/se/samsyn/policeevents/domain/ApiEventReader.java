package se.samsyn.policeevents.domain;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.jspecify.annotations.Nullable;
import se.samsyn.policeevents.GpsPrecision;
import se.samsyn.policeevents.PoliceEvent;
import se.samsyn.shared.RuleViolationException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Streams a JSON array in the polisen.se/api/events format (plain or gzipped) one object at a time, so the 30 MB
 * archive never sits in memory as a tree.
 */
class ApiEventReader {

    static final String POLISEN = "https://polisen.se";

    /** The API writes single-digit hours without padding: "2026-08-22 9:05:00 +02:00". */
    static final DateTimeFormatter DATETIME = DateTimeFormatter.ofPattern("yyyy-MM-dd H:mm:ss XXX");

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

    private final Places places;

    ApiEventReader(Places places) {
        this.places = places;
    }

    void read(InputStream raw, Consumer<PoliceEvent> sink) throws IOException {
        var in = new BufferedInputStream(raw);
        in.mark(2);
        boolean gzipped = in.read() == 0x1f && in.read() == 0x8b;
        in.reset();
        try (InputStream body = gzipped ? new GZIPInputStream(in, 1 << 16) : in;
                JsonParser parser = JSON.createParser(body)) {
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                throw new RuleViolationException("policeevents.import.error.notArray");
            }
            int index = 0;
            while (parser.nextToken() == JsonToken.START_OBJECT) {
                JsonNode node = JSON.readTree(parser);
                sink.accept(event(node, index++));
            }
        } catch (JacksonException e) {
            throw new RuleViolationException("policeevents.import.error.json", e.getOriginalMessage());
        } catch (ZipException | EOFException e) {
            throw new RuleViolationException("policeevents.import.error.gzip");
        }
    }

    PoliceEvent event(JsonNode node, int index) {
        var id = node.get("id");
        var location = node.get("location");
        if (id == null || !id.canConvertToLong() || location == null || !location.isObject()) {
            throw new RuleViolationException("policeevents.import.error.format", index + 1);
        }
        String locationName = text(location, "name", index);
        String name = text(node, "name", index);
        boolean county = Places.isCounty(locationName);
        String code = county ? places.municipalityCode(placeInTitle(name)).orElse(null)
                : places.municipalityCode(locationName).orElse(null);
        double[] gps = gps(location.path("gps").asString(""));
        return new PoliceEvent(id.asLong(), datetime(text(node, "datetime", index), index), name,
                node.path("summary").asString(""), absolute(text(node, "url", index)), text(node, "type", index),
                locationName, gps == null ? null : gps[0], gps == null ? null : gps[1],
                county ? GpsPrecision.COUNTY : GpsPrecision.MUNICIPALITY, code);
    }

    /** The place is the last part of "22 augusti 17.59, Trafikolycka, personskada, Kävlinge". */
    static String placeInTitle(String name) {
        int comma = name.lastIndexOf(',');
        return comma < 0 ? "" : name.substring(comma + 1).strip();
    }

    static OffsetDateTime datetime(String value, int index) {
        try {
            return OffsetDateTime.parse(value.strip(), DATETIME);
        } catch (DateTimeParseException e) {
            throw new RuleViolationException("policeevents.import.error.datetime", index + 1, value);
        }
    }

    static String absolute(String url) {
        return url.startsWith("http") ? url : POLISEN + (url.startsWith("/") ? "" : "/") + url;
    }

    private static double @Nullable [] gps(String value) {
        String[] parts = value.split(",");
        if (parts.length != 2) {
            return null;
        }
        try {
            return new double[] {Double.parseDouble(parts[0].strip()), Double.parseDouble(parts[1].strip())};
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String text(JsonNode node, String field, int index) {
        var value = node.get(field);
        if (value == null || !value.isString()) {
            throw new RuleViolationException("policeevents.import.error.format", index + 1);
        }
        return value.asString();
    }
}
