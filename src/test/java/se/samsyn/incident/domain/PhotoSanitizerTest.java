package se.samsyn.incident.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class PhotoSanitizerTest {

    @Test
    void exifAndGpsAreStrippedFromAJpeg() throws IOException {
        byte[] withExif = jpegWithExif();
        assertThat(new String(withExif, StandardCharsets.ISO_8859_1)).contains("Exif").contains("GPSLatitude");

        var clean = PhotoSanitizer.sanitize(withExif);

        assertThat(clean.contentType()).isEqualTo("image/jpeg");
        assertThat(new String(clean.data(), StandardCharsets.ISO_8859_1)).doesNotContain("Exif").doesNotContain("GPSLatitude");
        assertThat(ImageIO.read(new java.io.ByteArrayInputStream(clean.data()))).isNotNull();
        assertThat(clean.width()).isEqualTo(64);
    }

    @Test
    void aPngStaysAPngAndABigImageIsScaledDown() throws IOException {
        var clean = PhotoSanitizer.sanitize(image("png", 4000, 1000));
        assertThat(clean.contentType()).isEqualTo("image/png");
        assertThat(clean.width()).isEqualTo(PhotoSanitizer.MAX_SIDE);
        assertThat(clean.height()).isEqualTo(512);
    }

    @Test
    void anSvgOrAZipWithAnImageNameIsRefused() throws IOException {
        byte[] svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>".getBytes(StandardCharsets.UTF_8);
        var zipBytes = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(zipBytes)) {
            zip.putNextEntry(new ZipEntry("photo.jpg"));
            zip.write(image("jpeg", 10, 10));
        }

        assertThatThrownBy(() -> PhotoSanitizer.sanitize(svg)).hasMessage("incident.error.photoNotImage");
        assertThatThrownBy(() -> PhotoSanitizer.sanitize(zipBytes.toByteArray())).hasMessage("incident.error.photoNotImage");
        assertThatThrownBy(() -> PhotoSanitizer.sanitize(new byte[0])).hasMessage("incident.error.photoNotImage");
        assertThatThrownBy(() -> PhotoSanitizer.sanitize(image("gif", 10, 10))).hasMessage("incident.error.photoNotImage");
    }

    @Test
    void anOversizedFileIsRefused() {
        assertThatThrownBy(() -> PhotoSanitizer.sanitize(new byte[PhotoSanitizer.MAX_BYTES + 1]))
                .hasMessage("incident.error.photoTooLarge");
    }

    static byte[] image(String format, int w, int h) throws IOException {
        var out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB), format, out);
        return out.toByteArray();
    }

    /** A JPEG with an APP1 EXIF segment after the start marker, carrying a GPS tag name as a recognisable payload. */
    static byte[] jpegWithExif() throws IOException {
        byte[] plain = image("jpeg", 64, 48);
        byte[] payload = "Exif\0\0MM\0*GPSLatitude 55.7047 GPSLongitude 13.1910".getBytes(StandardCharsets.ISO_8859_1);
        int length = payload.length + 2;
        var out = new ByteArrayOutputStream();
        out.write(plain, 0, 2);
        out.write(0xFF);
        out.write(0xE1);
        out.write(length >> 8);
        out.write(length & 0xFF);
        out.write(payload);
        out.write(plain, 2, plain.length - 2);
        return out.toByteArray();
    }
}
