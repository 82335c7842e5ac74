package se.samsyn.demo;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Whether this instance runs in demo mode. {@code samsyn.demo.enabled=auto} (the default) means: demo mode exactly
 * when the database is the embedded H2 file database; PostgreSQL never gets demo data unless explicitly asked.
 */
@Service
public class DemoApi {

    private final boolean active;

    DemoApi(@Value("${samsyn.demo.enabled:auto}") String enabled, @Value("${spring.datasource.url:}") String url) {
        this.active = "auto".equalsIgnoreCase(enabled) ? url.startsWith("jdbc:h2:file:") : Boolean.parseBoolean(enabled);
    }

    public boolean active() {
        return active;
    }

    public static final String DEMO_PASSWORD = "Demo-losen-2026";
}
