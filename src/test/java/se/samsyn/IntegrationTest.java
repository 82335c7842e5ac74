package se.samsyn;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

/**
 * A full application on a random port against the configured database (H2 in memory, or PostgreSQL when the
 * {@code SPRING_DATASOURCE_*} variables are set). Every IT uses exactly this, so one context serves them all; tests
 * create their own workspaces through {@link TestData} and never assume empty tables.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@Import({TestData.class, se.samsyn.web.FailingEndpoints.class})
public @interface IntegrationTest {}
