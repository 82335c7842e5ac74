package se.samsyn;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Fails when CI expected one database and the suite ran on another, so a misconfigured job cannot test H2 twice. */
@IntegrationTest
class DatabaseVendorIT {

    @Autowired
    DataSource dataSource;

    @Test
    void runsOnTheDatabaseCiAskedFor() throws SQLException {
        String expected = System.getenv("SAMSYN_EXPECTED_DB");
        try (var connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName().toLowerCase();
            if (expected == null || expected.isBlank()) {
                assertThat(product).isIn("h2", "postgresql");
            } else {
                assertThat(product).isEqualTo(expected.toLowerCase());
            }
        }
    }
}
