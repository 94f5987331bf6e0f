package org.civicgrid.bench;

import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fault checks of docs/RELIABILITY.md against a real server process built from this checkout
 * ({@code target/civicgrid-*.jar}, made by {@code ./mvnw -DskipTests package}).
 *
 * <ul>
 * <li>{@code crash}: residents' reports arrive steadily over {@code /api/v1/cases}; the server is killed
 * with SIGKILL mid-stream and started again on the same database; every report that was answered 201
 * must exist with its first step, and no case may exist without its steps.</li>
 * <li>{@code outage} (PostgreSQL only): the same load while PostgreSQL is stopped for 20 s; while it is
 * down the API must answer 503 problem details (never 500, never hang past the client timeout), and it
 * must answer 201 again by itself once the database is back, with every acknowledged report kept.</li>
 * </ul>
 *
 * <pre>
 * ./mvnw -Pbench -DskipTests package test-compile exec:exec@run -Dbench.main=org.civicgrid.bench.FaultCheck -Dbench.args="crash"
 * ./mvnw -Pbench ... -Dbench.args="crash --db-url jdbc:postgresql://127.0.0.1:5432/civicgrid_faults"
 * ./mvnw -Pbench ... -Dbench.args="outage --db-url jdbc:postgresql://127.0.0.1:5432/civicgrid_faults"
 * </pre>
 * Exits with status 1 when a record was lost or a rule was broken.
 */
public final class FaultCheck {

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");
    private static final Pattern TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    private final String base;
    private final Map<String, String> env;
    private final String dbUrl;
    private final String dbUser;
    private Process server;

    private FaultCheck(int port, String dbUrl, String dbUser) {
        this.base = "http://localhost:" + port;
        this.dbUrl = dbUrl;
        this.dbUser = dbUser;
        this.env = Map.of("SERVER_PORT", String.valueOf(port), "CIVICGRID_DB_URL", dbUrl, "CIVICGRID_DB_USER", dbUser,
                "CIVICGRID_DEMO", "true", "CIVICGRID_DEMO_ALLOWEXTERNALDATABASE", "true");
    }

    public static void main(String[] args) throws Exception {
        String[] parts = args.length == 1 ? args[0].trim().split("\\s+") : args;
        Map<String, String> opts = LoadDriver.options(parts);
        String mode = parts.length > 0 && !parts[0].startsWith("--") ? parts[0] : "crash";
        Path work = Files.createTempDirectory("civicgrid-faults");
        String dbUrl = opts.getOrDefault("db-url", "jdbc:h2:file:" + work.resolve("civicgrid").toAbsolutePath()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
        FaultCheck check = new FaultCheck(Integer.parseInt(opts.getOrDefault("port", "18080")), dbUrl,
                opts.getOrDefault("db-user", dbUrl.startsWith("jdbc:h2") ? "sa" : "postgres"));
        int seconds = Integer.parseInt(opts.getOrDefault("seconds", "20"));
        boolean ok = switch (mode) {
            case "crash" -> check.crash(seconds);
            case "outage" -> check.outage(seconds);
            default -> throw new IllegalArgumentException("mode is crash or outage, not " + mode);
        };
        System.exit(ok ? 0 : 1);
    }

    boolean crash(int seconds) throws Exception {
        start();
        Load load = new Load();
        load.start(16);
        Thread.sleep(seconds * 1000L);
        System.out.printf(Locale.ROOT, "killing the server (SIGKILL) after %d acknowledged reports%n", load.acknowledged.size());
        server.destroyForcibly().waitFor();
        load.stop();
        Set<Long> acknowledged = Set.copyOf(load.acknowledged);
        start();
        long missing = countMissing(acknowledged);
        stop();
        long halfWritten = halfWritten();
        System.out.printf(Locale.ROOT, "%nCRASH  requests sent %d, acknowledged 201 %d, other answers %s, transport errors %d%n",
                load.sent.sum(), acknowledged.size(), load.statuses, load.transportErrors.sum());
        System.out.printf(Locale.ROOT, "CRASH  after restart: acknowledged but missing %d, cases without their steps %d%n",
                missing, halfWritten);
        return missing == 0 && halfWritten == 0 && !acknowledged.isEmpty();
    }

    boolean outage(int seconds) throws Exception {
        if (!dbUrl.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("outage stops PostgreSQL: give --db-url jdbc:postgresql://...");
        }
        start();
        Load load = new Load();
        load.start(8);
        Thread.sleep(5000);
        Map<Integer, Long> before = load.snapshot();
        System.out.println("stopping PostgreSQL for " + seconds + " s");
        cluster("stop");
        Thread.sleep(seconds * 1000L);
        Map<Integer, Long> during = diff(load.snapshot(), before);
        long slowDuring = load.slow.sum();
        cluster("start");
        long back = System.nanoTime();
        long ackAtRestart = load.acknowledged.size();
        while (load.acknowledged.size() == ackAtRestart && System.nanoTime() - back < 60_000_000_000L) {
            Thread.sleep(200);
        }
        double recovered = (System.nanoTime() - back) / 1e9;
        Thread.sleep(5000);
        load.stop();
        long missing = countMissing(Set.copyOf(load.acknowledged));
        stop();
        System.out.printf(Locale.ROOT, "%nOUTAGE answers while the database was down: %s; answers slower than 10 s: %d; "
                + "500s: %d%n", during, slowDuring, during.getOrDefault(500, 0L));
        System.out.printf(Locale.ROOT, "OUTAGE first 201 %.1f s after PostgreSQL was back; acknowledged %d, missing %d, "
                + "all answers %s, transport errors %d%n", recovered, load.acknowledged.size(), missing, load.statuses,
                load.transportErrors.sum());
        return missing == 0 && during.getOrDefault(500, 0L) == 0 && during.getOrDefault(503, 0L) > 0
                && recovered < 60 && slowDuring == 0;
    }

    /** Steady reports from grid worker xiaohutang-grid1 at points inside their grid. */
    private final class Load {
        final Set<Long> acknowledged = ConcurrentHashMap.newKeySet();
        final Map<Integer, LongAdder> statuses = new ConcurrentHashMap<>();
        final LongAdder sent = new LongAdder();
        final LongAdder transportErrors = new LongAdder();
        final LongAdder slow = new LongAdder();
        final AtomicBoolean running = new AtomicBoolean(true);
        final List<Thread> threads = new ArrayList<>();

        void start(int clients) throws Exception {
            String token = token("xiaohutang-grid1");
            String category = firstServiceCode();
            for (int c = 0; c < clients; c++) {
                int client = c;
                Thread t = new Thread(() -> {
                    java.util.SplittableRandom random = new java.util.SplittableRandom(client);
                    while (running.get()) {
                        String body = String.format(Locale.ROOT, "{\"category_code\":\"%s\",\"description\":\"故障演练 %d-%d\","
                                + "\"lat\":%.6f,\"lng\":%.6f,\"address\":\"故障演练\",\"urgency\":\"NORMAL\"}", category, client,
                                random.nextInt(1_000_000), 27.8300 + (random.nextDouble() - 0.5) * 0.0004,
                                113.0900 + (random.nextDouble() - 0.5) * 0.0004);
                        long began = System.nanoTime();
                        try {
                            sent.increment();
                            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/cases"))
                                    .timeout(Duration.ofSeconds(15)).header("Authorization", "Bearer " + token)
                                    .header("Content-Type", "application/json")
                                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                            statuses.computeIfAbsent(r.statusCode(), k -> new LongAdder()).increment();
                            if (r.statusCode() == 201) {
                                Matcher m = ID.matcher(r.body());
                                if (m.find()) {
                                    acknowledged.add(Long.parseLong(m.group(1)));
                                }
                            } else if (r.statusCode() >= 500 && r.statusCode() != 503) {
                                System.out.println("unexpected " + r.statusCode() + ": " + r.body());
                            }
                        } catch (Exception e) {
                            transportErrors.increment();
                            sleep(100);
                        }
                        if (System.nanoTime() - began > 10_000_000_000L) {
                            slow.increment();
                        }
                    }
                }, "reporter-" + c);
                t.setDaemon(true);
                threads.add(t);
                t.start();
            }
        }

        Map<Integer, Long> snapshot() {
            Map<Integer, Long> out = new TreeMap<>();
            statuses.forEach((k, v) -> out.put(k, v.sum()));
            return out;
        }

        void stop() throws InterruptedException {
            running.set(false);
            for (Thread t : threads) {
                t.join(20_000);
            }
        }
    }

    private static Map<Integer, Long> diff(Map<Integer, Long> now, Map<Integer, Long> before) {
        Map<Integer, Long> out = new TreeMap<>();
        now.forEach((k, v) -> {
            long d = v - before.getOrDefault(k, 0L);
            if (d > 0) {
                out.put(k, d);
            }
        });
        return out;
    }

    private long countMissing(Set<Long> ids) throws Exception {
        String token = token("admin");
        long missing = 0;
        for (long id : ids) {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/cases/" + id))
                    .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200 || !r.body().contains("\"timeline\"") || !r.body().contains("REPORT")) {
                missing++;
                System.out.println("acknowledged case " + id + " answers " + r.statusCode());
            }
        }
        return missing;
    }

    /** Cases whose first step is missing: a report is one transaction, so there must be none. */
    private long halfWritten() throws Exception {
        try (Connection c = DriverManager.getConnection(dbUrl, dbUser, System.getenv().getOrDefault("CIVICGRID_DB_PASSWORD", ""));
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select count(*) from case_file f where not exists "
                        + "(select 1 from case_step s where s.case_id = f.id)")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private void start() throws Exception {
        File jar = Files.list(Path.of("target")).map(Path::toFile)
                .filter(f -> f.getName().matches("civicgrid-.*\\.jar") && !f.getName().endsWith("-plain.jar"))
                .findFirst().orElseThrow(() -> new IllegalStateException("build the jar first: ./mvnw -DskipTests package"));
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-jar", jar.getPath()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(new File("target/fault-server.log")));
        pb.environment().putAll(env);
        server = pb.start();
        long began = System.nanoTime();
        while (System.nanoTime() - began < 180_000_000_000L) {
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/actuator/health")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    System.out.printf(Locale.ROOT, "server up in %.1f s%n", (System.nanoTime() - began) / 1e9);
                    return;
                }
            } catch (Exception e) {
                // not listening yet
            }
            if (!server.isAlive()) {
                throw new IllegalStateException("the server exited; see target/fault-server.log");
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("the server did not come up in 180 s; see target/fault-server.log");
    }

    private void stop() throws InterruptedException {
        server.destroy();
        server.waitFor();
    }

    private String token(String user) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/auth/token"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + user + "\",\"password\":\"demo-2026\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher m = TOKEN.matcher(r.body());
        if (!m.find()) {
            throw new IllegalStateException("no token for " + user + ": " + r.statusCode() + " " + r.body());
        }
        return m.group(1);
    }

    private String firstServiceCode() throws Exception {
        String body = http.send(HttpRequest.newBuilder(URI.create(base + "/open311/v2/services.json")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher m = Pattern.compile("\"service_code\"\\s*:\\s*\"([^\"]+)\"").matcher(body);
        if (!m.find()) {
            throw new IllegalStateException("no Open311 services: " + body);
        }
        return m.group(1);
    }

    private static void cluster(String action) throws Exception {
        String version = Files.list(Path.of("/etc/postgresql")).findFirst().orElseThrow().getFileName().toString();
        Process p = new ProcessBuilder("pg_ctlcluster", "--skip-systemctl-redirect", version, "main", action)
                .inheritIO().start();
        if (p.waitFor() != 0) {
            throw new IllegalStateException("pg_ctlcluster " + action + " failed");
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
