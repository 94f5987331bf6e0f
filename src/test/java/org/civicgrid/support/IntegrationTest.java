package org.civicgrid.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

/**
 * The whole application on the test database (in-memory H2, or PostgreSQL when CIVICGRID_DB_URL is
 * set), with the demo data loaded and MockMvc ready. All such tests share one context, so keep their
 * configuration identical and create your own records with unique names instead of assuming an empty
 * database.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@AutoConfigureMockMvc
@Import({TestSupportConfiguration.class, TestUsers.class})
public @interface IntegrationTest {
}
