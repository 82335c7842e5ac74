package se.samsyn.policeevents.domain;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * One GET of polisen.se/api/events with the installation's User-Agent. The body is handed over as a stream (gzip is
 * accepted; {@link ApiEventReader} recognises it), so it is read once, by the importer. Call only through
 * {@link LivePoliceEvents}, which keeps to the API's rate rules.
 */
class PolisenApiClient {

    record Response(int status, InputStream body) {}

    private final LiveFetchSettings settings;
    private final HttpClient http;

    PolisenApiClient(LiveFetchSettings settings) {
        this.settings = settings;
        this.http = HttpClient.newBuilder().connectTimeout(settings.timeout())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    Response get() throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(settings.url()).timeout(settings.timeout())
                .header("User-Agent", settings.userAgent())
                .header("Accept", "application/json")
                .header("Accept-Encoding", "gzip")
                .GET().build();
        var response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        return new Response(response.statusCode(), response.body());
    }
}
