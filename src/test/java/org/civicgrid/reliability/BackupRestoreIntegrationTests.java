package org.civicgrid.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.civicgrid.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The backup commands of docs/RELIABILITY.md, run against the test database: a backup restored into
 * a fresh database holds every record of every table. On H2 the backup is H2's {@code SCRIPT TO} (what
 * {@code org.h2.tools.Script} runs); on PostgreSQL it is {@code pg_dump -Fc} and {@code pg_restore}.
 */
@IntegrationTest
class BackupRestoreIntegrationTests {

    /** Operational tables that other tests' background work may still be writing while the backup runs. */
    private static final Set<String> MOVING = Set.of("event_publication", "spring_session", "spring_session_attributes",
            "shedlock");

    @Autowired
    DataSource dataSource;

    @Value("${spring.datasource.url}")
    String url;

    @Value("${spring.datasource.username}")
    String user;

    @TempDir
    Path dir;

    @Test
    void a_restored_backup_holds_every_record_of_every_table() throws Exception {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        Map<String, Long> before = counts(jdbc);
        assertThat(before).containsKeys("region", "user_account", "audit_entry");
        assertThat(before.get("region")).isPositive();

        Map<String, Long> restored;
        if (url.startsWith("jdbc:h2:")) {
            Path script = dir.resolve("civicgrid-backup.sql");
            jdbc.execute("SCRIPT TO '" + script.toAbsolutePath() + "'");
            assertThat(Files.size(script)).isPositive();
            String fresh = "jdbc:h2:mem:restore-" + System.nanoTime() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1";
            try (Connection c = DriverManager.getConnection(fresh, "sa", "")) {
                try (Statement s = c.createStatement()) {
                    s.execute("RUNSCRIPT FROM '" + script.toAbsolutePath() + "'");
                }
                restored = counts(c);
                try (Statement s = c.createStatement()) {
                    s.execute("SHUTDOWN");
                }
            }
        } else {
            restored = restorePostgres();
        }
        Map<String, Long> after = counts(jdbc);

        assertThat(restored.keySet()).containsAll(before.keySet());
        for (Map.Entry<String, Long> table : before.entrySet()) {
            if (MOVING.contains(table.getKey())) {
                continue;
            }
            // records may be added between the two counts, never lost
            assertThat(restored.get(table.getKey())).as(table.getKey())
                    .isBetween(table.getValue(), after.getOrDefault(table.getKey(), table.getValue()));
        }
    }

    private Map<String, Long> restorePostgres() throws Exception {
        Matcher m = Pattern.compile("jdbc:postgresql://([^:/]+)(?::(\\d+))?/([^?]+).*").matcher(url);
        assertThat(m.matches()).as("a PostgreSQL URL like jdbc:postgresql://host:5432/db").isTrue();
        String host = m.group(1);
        String port = m.group(2) == null ? "5432" : m.group(2);
        String db = m.group(3);
        assumeThat(onPath("pg_dump")).as("pg_dump installed (.ci/run installs postgresql-client)").isTrue();
        Path dump = dir.resolve("civicgrid.dump");
        String copy = db + "_restore_" + Long.toString(System.nanoTime(), 36);
        run("pg_dump", "-h", host, "-p", port, "-U", user, "-Fc", "-f", dump.toString(), db);
        run("createdb", "-h", host, "-p", port, "-U", user, copy);
        try {
            run("pg_restore", "-h", host, "-p", port, "-U", user, "--no-owner", "-d", copy, dump.toString());
            try (Connection c = DriverManager.getConnection("jdbc:postgresql://" + host + ":" + port + "/" + copy, user,
                    System.getenv().getOrDefault("CIVICGRID_DB_PASSWORD", ""))) {
                return counts(c);
            }
        } finally {
            run("dropdb", "-h", host, "-p", port, "-U", user, "--if-exists", copy);
        }
    }

    private static Map<String, Long> counts(JdbcTemplate jdbc) {
        Map<String, Long> out = new TreeMap<>();
        for (String table : jdbc.queryForList(TABLES, String.class)) {
            out.put(table, jdbc.queryForObject("select count(*) from " + table, Long.class));
        }
        return out;
    }

    private static Map<String, Long> counts(Connection c) throws Exception {
        Map<String, Long> out = new TreeMap<>();
        List<String> tables = new java.util.ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(TABLES)) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        for (String table : tables) {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select count(*) from " + table)) {
                rs.next();
                out.put(table, rs.getLong(1));
            }
        }
        return out;
    }

    private static final String TABLES = "select lower(table_name) from information_schema.tables "
            + "where lower(table_schema) = 'public' and table_type in ('BASE TABLE', 'TABLE') order by 1";

    private static boolean onPath(String command) {
        for (String p : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(p, command))) {
                return true;
            }
        }
        return false;
    }

    private static void run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as(String.join(" ", command)).isTrue();
        assertThat(p.exitValue()).as(String.join(" ", command) + ": " + output).isZero();
    }
}
