package org.civicgrid.shared.demo;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Loads every {@link StartupDataset} that has not been loaded yet, in order. */
@Component
@Order(0)
class StartupDataRunner implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(StartupDataRunner.class);

    private final List<StartupDataset> datasets;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final DataSource dataSource;
    private final boolean demoEnabled;
    private final boolean allowExternal;

    StartupDataRunner(List<StartupDataset> datasets, JdbcTemplate jdbc, TransactionTemplate tx, DataSource dataSource,
            @Value("${civicgrid.demo.enabled:false}") boolean demoEnabled,
            @Value("${civicgrid.demo.allow-external-database:false}") boolean allowExternal) {
        this.datasets = datasets.stream().sorted(Comparator.comparingInt(StartupDataset::order)).toList();
        this.jdbc = jdbc;
        this.tx = tx;
        this.dataSource = dataSource;
        this.demoEnabled = demoEnabled;
        this.allowExternal = allowExternal;
    }

    @Override
    public void run(ApplicationArguments args) {
        boolean demo = demoEnabled && (allowExternal || embedded());
        if (demoEnabled && !demo) {
            log.warn("Demo data and demo accounts are not loaded: the database is not the embedded H2");
        }
        for (StartupDataset dataset : datasets) {
            if (dataset.demo() && !demo) {
                continue;
            }
            load(dataset);
        }
    }

    private void load(StartupDataset dataset) {
        Integer done = jdbc.queryForObject("select count(*) from startup_dataset where name = ?", Integer.class,
                dataset.name());
        if (done != null && done > 0) {
            return;
        }
        long started = System.nanoTime();
        try {
            tx.executeWithoutResult(status -> {
                jdbc.update("insert into startup_dataset (name, loaded_at) values (?, ?)", dataset.name(),
                        java.sql.Timestamp.from(Instant.now()));
                dataset.load();
            });
            log.info("Loaded {} dataset {} in {} ms", dataset.demo() ? "demo" : "reference", dataset.name(),
                    (System.nanoTime() - started) / 1_000_000);
        } catch (DataIntegrityViolationException e) {
            log.info("Dataset {} is being loaded by another instance", dataset.name());
        }
    }

    private boolean embedded() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getURL().startsWith("jdbc:h2:");
        } catch (SQLException e) {
            return false;
        }
    }
}
