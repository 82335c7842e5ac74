package se.samsyn.shared;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.springframework.core.io.ClassPathResource;

/**
 * The one place that turns an HTML document into a PDF: jsoup parses the HTML5 (openhtmltopdf wants a W3C document,
 * and HTML5 is not XHTML), openhtmltopdf lays it out with the bundled DejaVu Sans fonts under the family name
 * {@code 'DejaVu Sans'}, so å, ä and ö are embedded and never depend on the server. Charts and maps go in as PNG
 * {@code data:} images. A plain function, not a bean: every module that exports documents calls it with HTML from its own template.
 */
public final class HtmlPdf {

    private HtmlPdf() {}

    public static byte[] render(String html) {
        var out = new ByteArrayOutputStream();
        try {
            var builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(() -> font("fonts/DejaVuSans.ttf"), "DejaVu Sans", 400, FontStyle.NORMAL, true);
            builder.useFont(() -> font("fonts/DejaVuSans-Bold.ttf"), "DejaVu Sans", 700, FontStyle.NORMAL, true);
            builder.withW3cDocument(new W3CDom().fromJsoup(Jsoup.parse(html)), "/");
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static InputStream font(String path) {
        try {
            return new ClassPathResource(path).getInputStream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
