package se.samsyn.policeevents.domain;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One GET of polisen.se/api/events with the installation's User-Agent. The whole answer, body included, must arrive
 * within the timeout; it is then imported from memory, so a slow server never holds a database transaction open.
 * gzip is accepted ({@link ApiEventReader} recognises it). Call only through {@link LivePoliceEvents}, which keeps to
 * the API's rate rules.
 */
class PolisenApiClient {

    record Response(int status, byte[] body) {}

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
        var future = http.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray());
        try {
            var response = future.get(settings.timeout().toMillis(), TimeUnit.MILLISECONDS);
            return new Response(response.statusCode(), response.body());
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new HttpTimeoutException("no complete answer within " + settings.timeout());
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IOException(e.getCause());
        }
    }
}
