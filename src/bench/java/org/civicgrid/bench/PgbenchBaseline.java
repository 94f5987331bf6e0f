package org.civicgrid.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the same machine's PostgreSQL does with the simplest write there is: pgbench inserting one row per
 * transaction into {@code pgbench_history} (no index), at the same number of clients. Printed beside an
 * intake figure, it shows how much of the database's bare capacity one report uses.
 */
final class PgbenchBaseline {

    private static final Pattern TPS = Pattern.compile("tps = ([0-9.]+)");

    private PgbenchBaseline() {
    }

    /**
     * Initialises pgbench's tables in {@code database} (scale 1) and runs the single-row INSERT.
     *
     * @return transactions per second
     * @throws IllegalStateException when pgbench is missing or fails
     */
    static double singleRowInserts(String host, int port, String user, String database, int clients, int seconds)
            throws IOException, InterruptedException {
        List<String> connection = List.of("-h", host, "-p", String.valueOf(port), "-U", user);
        run(command(List.of("pgbench", "-i", "-s", "1", "-q"), connection, List.of(database)));
        Path script = Files.createTempFile("insert", ".sql");
        try {
            Files.writeString(script, "insert into pgbench_history (tid, bid, aid, delta, mtime) values (1, 1, 1, 1, now());\n",
                    StandardCharsets.UTF_8);
            String out = run(command(List.of("pgbench", "-n", "-c", String.valueOf(clients), "-j", "2", "-T",
                    String.valueOf(seconds), "-f", script.toString()), connection, List.of(database)));
            Matcher m = TPS.matcher(out);
            if (!m.find()) {
                throw new IllegalStateException("pgbench printed no rate:\n" + out);
            }
            return Double.parseDouble(m.group(1));
        } finally {
            Files.deleteIfExists(script);
        }
    }

    private static List<String> command(List<String> head, List<String> connection, List<String> tail) {
        List<String> all = new ArrayList<>(head);
        all.addAll(connection);
        all.addAll(tail);
        return all;
    }

    private static String run(List<String> command) throws IOException, InterruptedException {
        Process p;
        try {
            p = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new IllegalStateException("pgbench is not installed here (apt-get install postgresql-contrib)", e);
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(10, TimeUnit.MINUTES) || p.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed:\n" + out);
        }
        return out;
    }
}
