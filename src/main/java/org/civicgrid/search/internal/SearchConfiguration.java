package org.civicgrid.search.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;

import javax.sql.DataSource;

import org.civicgrid.search.SearchBackend;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The default index lives in the application database ({@code civicgrid.search.backend=database}); set
 * the property to something else and provide another {@link SearchBackend} bean to use a search cluster.
 */
@Configuration(proxyBeanMethods = false)
class SearchConfiguration {

    @Bean
    @ConditionalOnProperty(name = "civicgrid.search.backend", havingValue = "database", matchIfMissing = true)
    SearchBackend databaseSearchBackend(JdbcTemplate jdbc, DataSource dataSource, Clock clock) {
        return new DatabaseSearchBackend(jdbc, postgres(dataSource) ? new PostgresFlavour() : new H2Flavour(), clock);
    }

    private static boolean postgres(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot tell which database the search index lives in", e);
        }
    }
}
