package se.samsyn.access.web;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A minimal OpenID Connect provider for tests, on a free local port: discovery, JWKS, an authorize endpoint that
 * "logs in" whoever {@link #nextLogin} names and redirects back with a code, and a token endpoint that answers with an
 * RS256-signed ID token carrying the nonce of the authorization request.
 */
final class StubIdentityProvider {

    private record Login(String subject, String email, boolean emailVerified) {}

    private record Grant(Login login, String nonce) {}

    private final HttpServer server;
    private final RSAKey key;
    private final String clientId;
    private final String clientSecret;
    private final Map<String, Grant> codes = new ConcurrentHashMap<>();
    private volatile Login next = new Login("nobody", "nobody@example.invalid", false);

    private StubIdentityProvider(HttpServer server, RSAKey key, String clientId, String clientSecret) {
        this.server = server;
        this.key = key;
        this.clientId = clientId;
        this.clientSecret = clientSecret;
    }

    static StubIdentityProvider start(String clientId, String clientSecret) {
        try {
            var server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            var provider = new StubIdentityProvider(server, new RSAKeyGenerator(2048).keyID("stub-key").generate(),
                    clientId, clientSecret);
            server.createContext("/.well-known/openid-configuration", provider::discovery);
            server.createContext("/jwks", provider::jwks);
            server.createContext("/authorize", provider::authorize);
            server.createContext("/token", provider::token);
            server.start();
            return provider;
        } catch (Exception e) {
            throw new IllegalStateException("Could not start the stub identity provider", e);
        }
    }

    String issuer() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    void nextLogin(String subject, String email, boolean emailVerified) {
        next = new Login(subject, email, emailVerified);
    }

    void stop() {
        server.stop(0);
    }

    private void discovery(HttpExchange exchange) throws IOException {
        json(exchange, 200, """
                {"issuer":"%1$s","authorization_endpoint":"%1$s/authorize","token_endpoint":"%1$s/token",
                 "jwks_uri":"%1$s/jwks","response_types_supported":["code"],"subject_types_supported":["public"],
                 "id_token_signing_alg_values_supported":["RS256"],"scopes_supported":["openid","email","profile"],
                 "token_endpoint_auth_methods_supported":["client_secret_basic","client_secret_post"]}
                """.formatted(issuer()));
    }

    private void jwks(HttpExchange exchange) throws IOException {
        json(exchange, 200, new JWKSet(key.toPublicJWK()).toString());
    }

    private void authorize(HttpExchange exchange) throws IOException {
        var query = UriComponentsBuilder.fromUri(exchange.getRequestURI()).build().getQueryParams();
        String redirect = decode(query.getFirst("redirect_uri"));
        if (!clientId.equals(query.getFirst("client_id")) || redirect == null) {
            json(exchange, 400, "{\"error\":\"invalid_request\"}");
            return;
        }
        String code = UUID.randomUUID().toString();
        codes.put(code, new Grant(next, decode(query.getFirst("nonce"))));
        String location = UriComponentsBuilder.fromUriString(redirect)
                .queryParam("code", code)
                .queryParam("state", decode(query.getFirst("state")))
                .encode().build().toUriString();
        exchange.getResponseHeaders().add("Location", location);
        exchange.sendResponseHeaders(302, -1);
        exchange.close();
    }

    private void token(HttpExchange exchange) throws IOException {
        var form = form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        if (!authenticated(exchange, form)) {
            json(exchange, 401, "{\"error\":\"invalid_client\"}");
            return;
        }
        var grant = codes.remove(String.valueOf(form.get("code")));
        if (grant == null || !"authorization_code".equals(form.get("grant_type"))) {
            json(exchange, 400, "{\"error\":\"invalid_grant\"}");
            return;
        }
        json(exchange, 200, """
                {"access_token":"%s","token_type":"Bearer","expires_in":300,"scope":"openid email profile","id_token":"%s"}
                """.formatted(UUID.randomUUID(), idToken(grant)));
    }

    private boolean authenticated(HttpExchange exchange, Map<String, String> form) {
        String basic = exchange.getRequestHeaders().getFirst("Authorization");
        if (basic != null && basic.startsWith("Basic ")) {
            String pair = new String(java.util.Base64.getDecoder().decode(basic.substring(6)), StandardCharsets.UTF_8);
            String[] parts = pair.split(":", 2);
            return parts.length == 2 && clientId.equals(decode(parts[0])) && clientSecret.equals(decode(parts[1]));
        }
        return clientId.equals(form.get("client_id")) && clientSecret.equals(form.get("client_secret"));
    }

    private String idToken(Grant grant) {
        try {
            var now = Instant.now();
            var claims = new JWTClaimsSet.Builder()
                    .issuer(issuer())
                    .subject(grant.login().subject())
                    .audience(List.of(clientId))
                    .issueTime(Date.from(now))
                    .expirationTime(Date.from(now.plusSeconds(300)))
                    .claim("nonce", grant.nonce())
                    .claim("email", grant.login().email())
                    .claim("email_verified", grant.login().emailVerified())
                    .claim("name", "Stubb Stubbsson")
                    .build();
            var jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).type(JOSEObjectType.JWT).build(),
                    claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> form(String body) {
        var values = new HashMap<String, String>();
        for (String pair : body.split("&")) {
            String[] kv = pair.split("=", 2);
            if (kv.length == 2) {
                values.put(decode(kv[0]), decode(kv[1]));
            }
        }
        return values;
    }

    private static String decode(String value) {
        return value == null ? null : URLDecoder.decode(value, StandardCharsets.UTF_8);
    }

    private static void json(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (var out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
