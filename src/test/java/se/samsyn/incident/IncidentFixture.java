package se.samsyn.incident;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import se.samsyn.TestData;
import se.samsyn.access.UserId;
import se.samsyn.geo.AreaSummary;
import se.samsyn.geo.AreaType;
import se.samsyn.geo.GeoApi;
import se.samsyn.incident.domain.Assessment;
import se.samsyn.incident.domain.CategoryService;
import se.samsyn.incident.domain.CategoryView;
import se.samsyn.incident.domain.NewObservation;
import se.samsyn.incident.domain.NewSubmission;
import se.samsyn.incident.domain.OtherParty;
import se.samsyn.incident.domain.PlaceType;
import se.samsyn.incident.domain.PoliceNotified;
import se.samsyn.incident.domain.ReportService;
import se.samsyn.incident.domain.TimeAccuracy;
import se.samsyn.shared.Actor;

/** Builds what report tests need: an EST area around central Lund and form posts with sensible defaults. */
public final class IncidentFixture {

    public static final double INSIDE_LAT = 55.7047;
    public static final double INSIDE_LON = 13.1910;
    /** About 60 m east of {@link #INSIDE_LON}, inside the same area. */
    public static final double NEAR_LON = 13.1920;

    private static final String SQUARE = """
            {"type":"FeatureCollection","features":[{"type":"Feature","properties":{"name":"Centrum"},
             "geometry":{"type":"Polygon","coordinates":[[[13.15,55.68],[13.25,55.68],[13.25,55.73],[13.15,55.73],[13.15,55.68]]]}}]}
            """;

    private final GeoApi geo;
    private final CategoryService categories;
    private final TestData data;

    public IncidentFixture(GeoApi geo, CategoryService categories, TestData data) {
        this.geo = geo;
        this.categories = categories;
        this.data = data;
    }

    public AreaSummary area(TestData.TestWorkspace ws) {
        geo.importGeoJson(ws.id(), AreaType.EST_AREA, "centrum.geojson", SQUARE.getBytes(StandardCharsets.UTF_8), null,
                null, LocalDate.now().minusYears(1), UUID.randomUUID());
        return geo.areas(ws.id(), AreaType.EST_AREA).get(0);
    }

    public CategoryView category(TestData.TestWorkspace ws, String code) {
        return categories.list(ws.id(), true).stream().filter(c -> c.code().equals(code)).findFirst().orElseThrow();
    }

    /** One observation of klotter sent through the service: pinned when lat and lon are given, else with a place text. */
    public UUID submit(ReportService reports, TestData.TestWorkspace ws, Actor reporter, @Nullable Double lat,
            @Nullable Double lon, String description) {
        var observation = new NewObservation(lat, lon, lat == null ? "Vid kiosken" : null, PlaceType.OUTDOOR_PUBLIC,
                LocalDate.now().minusDays(1), null, TimeAccuracy.DAY, null,
                List.of(category(ws, "SKADEGORELSE_KLOTTER").id()), description, Assessment.INSECURITY_CREATING, null,
                null, PoliceNotified.NO, EnumSet.noneOf(OtherParty.class), List.of());
        return reports.submit(ws.id(), reporter,
                new NewSubmission(UUID.randomUUID().toString(), "WEB_FORM", List.of(observation), false)).reportIds().get(0);
    }

    /** A valid one-observation report form post; override parameters with {@code .param(...)} afterwards. */
    public MockHttpServletRequestBuilder reportForm(TestData.TestWorkspace ws, UserId user, String key, String description) {
        return reportForm(ws, user, key, description, LocalDate.now().minusDays(1));
    }

    public MockHttpServletRequestBuilder reportForm(TestData.TestWorkspace ws, UserId user, String key, String description,
            LocalDate date) {
        return fill(post("/workspaces/{ws}/reports", ws.id()), ws, user, key, description, date);
    }

    /** The same form as a multipart post carrying one photo for the first observation. */
    public org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder reportFormWithPhoto(TestData.TestWorkspace ws, UserId user, String key,
            String description, String fileName, byte[] photo) {
        var builder = org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/workspaces/{ws}/reports", ws.id())
                .file(new org.springframework.mock.web.MockMultipartFile("observations[0].photos", fileName, "image/jpeg", photo));
        return fill(builder, ws, user, key, description, LocalDate.now().minusDays(1));
    }

    /** A JPEG carrying an APP1 EXIF segment with GPS tag names, as phones write them. */
    public static byte[] jpegWithExif() throws java.io.IOException {
        var out = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(64, 48, java.awt.image.BufferedImage.TYPE_INT_RGB), "jpeg", out);
        byte[] plain = out.toByteArray();
        byte[] payload = "Exif\0\0MM\0*GPSLatitude 55.7047".getBytes(StandardCharsets.ISO_8859_1);
        var result = new java.io.ByteArrayOutputStream();
        result.write(plain, 0, 2);
        result.write(new byte[] {(byte) 0xFF, (byte) 0xE1, (byte) ((payload.length + 2) >> 8), (byte) ((payload.length + 2) & 0xFF)});
        result.write(payload);
        result.write(plain, 2, plain.length - 2);
        return result.toByteArray();
    }

    private <B extends org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder<B>> B fill(B builder,
            TestData.TestWorkspace ws, UserId user,
            String key, String description, LocalDate date) {
        return builder
                .with(data.as(user)).with(csrf())
                .param("submissionKey", key)
                .param("observations[0].placeText", "Lekplatsen vid Storgatan")
                .param("observations[0].placeType", "PARK")
                .param("observations[0].date", date.toString())
                .param("observations[0].accuracy", "DAY")
                .param("observations[0].categoryIds", category(ws, "SKADEGORELSE_KLOTTER").id().toString())
                .param("observations[0].description", description)
                .param("observations[0].assessment", "INSECURITY_CREATING")
                .param("observations[0].policeNotified", "NO");
    }
}
