package org.civicgrid.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * CivicGrid's load driver: closed-loop clients (each sends its next request when the last answered)
 * against a running server, for a fixed duration after a warm-up. Prints throughput, latency
 * percentiles (p50, p95, p99, max), errors by status, and the server's CPU and heap sampled from
 * {@code /actuator/prometheus}. Scenarios are in {@link Scenarios}.
 *
 * <pre>
 * ./mvnw -Pbench test-compile exec:exec@run -Dbench.args="--scenario intake-api --clients 32 --duration 60"
 * </pre>
 */
public final class LoadDriver {

    /** One request a client sends; built fresh for each call. */
    public interface Step {
        HttpRequest next(Context context) throws Exception;
    }

    /** What a scenario needs: the base URL, tokens, a per-client random source and shared data. */
    public static final class Context {
        final String base;
        final HttpClient http;
        final Map<String, String> tokens = new ConcurrentHashMap<>();
        final Map<String, Object> shared = new ConcurrentHashMap<>();
        final java.util.SplittableRandom random;
        private final PlainHttp plain;

        Context(String base, HttpClient http, long seed) {
            this.base = base;
            this.http = http;
            this.plain = new PlainHttp(URI.create(base));
            this.random = new java.util.SplittableRandom(seed);
        }

        public URI uri(String path) {
            return URI.create(base + path);
        }

        public java.util.SplittableRandom random() {
            return random;
        }

        public Map<String, Object> shared() {
            return shared;
        }

        /** A bearer token for a user (password demo-2026 unless {@code user:password}). */
        public String token(String user) {
            return tokens.computeIfAbsent(user, u -> {
                String[] parts = u.split(":", 2);
                String body = "{\"username\":\"" + parts[0] + "\",\"password\":\"" + (parts.length > 1 ? parts[1] : "demo-2026") + "\"}";
                try {
                    HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri("/api/v1/auth/token"))
                            .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                            HttpResponse.BodyHandlers.ofString());
                    Matcher m = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"").matcher(r.body());
                    if (!m.find()) {
                        throw new IllegalStateException("No token for " + parts[0] + ": " + r.statusCode() + " " + r.body());
                    }
                    return m.group(1);
                } catch (IOException | InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            });
        }

        /** Sends on this client's own kept-alive connection (one client, one thread, one connection). */
        public HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
            return plain.send(request);
        }
    }

    record Result(String scenario, int clients, double seconds, long requests, double throughput, double p50, double p95,
            double p99, double max, Map<Integer, Long> statuses, long transportErrors, double cpuAvg, double cpuMax,
            double heapMaxMb, CpuAccount.PerRequest cpu, Double pgbenchTps, Instant at) {

        Result withPgbench(double tps) {
            return new Result(scenario, clients, seconds, requests, throughput, p50, p95, p99, max, statuses,
                    transportErrors, cpuAvg, cpuMax, heapMaxMb, cpu, tps, at);
        }

        long errors() {
            return transportErrors + statuses.entrySet().stream()
                    .filter(e -> e.getKey() >= 400 && !Scenarios.expected(scenario).contains(e.getKey()))
                    .mapToLong(Map.Entry::getValue).sum();
        }
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> opts = options(args);
        if (opts.containsKey("help") || !opts.containsKey("scenario")) {
            System.out.println("""
                    usage: LoadDriver --scenario <name> [--base http://localhost:8080] [--clients 32]
                                      [--duration 60] [--warmup 10] [--out target/bench/results.jsonl]
                                      [--pgbench <database> [--pg-host 127.0.0.1] [--pg-port 5432]
                                       [--pg-user postgres] [--pgbench-seconds 30]]
                    --pgbench runs pgbench's single-row INSERT at the same number of clients after the
                    scenario and prints the ratio (it creates pgbench's tables in that database).
                    scenarios: """ + String.join(", ", Scenarios.names()));
            return;
        }
        String base = opts.getOrDefault("base", "http://localhost:8080");
        int clients = Integer.parseInt(opts.getOrDefault("clients", "32"));
        int duration = Integer.parseInt(opts.getOrDefault("duration", "60"));
        int warmup = Integer.parseInt(opts.getOrDefault("warmup", "10"));
        Result result = run(opts.get("scenario"), base, clients, Duration.ofSeconds(warmup), Duration.ofSeconds(duration));
        if (opts.containsKey("pgbench")) {
            result = result.withPgbench(PgbenchBaseline.singleRowInserts(opts.getOrDefault("pg-host", "127.0.0.1"),
                    Integer.parseInt(opts.getOrDefault("pg-port", "5432")), opts.getOrDefault("pg-user", "postgres"),
                    opts.get("pgbench"), clients, Integer.parseInt(opts.getOrDefault("pgbench-seconds", "30"))));
        }
        print(result);
        Path out = Path.of(opts.getOrDefault("out", "target/bench/results.jsonl"));
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, json(result) + "\n", StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
    }

    static Result run(String scenarioName, String base, int clients, Duration warmup, Duration duration) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).followRedirects(HttpClient.Redirect.NEVER).build();
        Context setup = new Context(base, http, 1);
        Step step = Scenarios.prepare(scenarioName, setup);
        Recorder recorder = new Recorder(3);
        Map<Integer, LongAdder> statuses = new ConcurrentHashMap<>();
        LongAdder transportErrors = new LongAdder();
        AtomicBoolean measuring = new AtomicBoolean(false);
        AtomicBoolean running = new AtomicBoolean(true);
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            Context context = new Context(base, http, 1000 + c);
            context.tokens.putAll(setup.tokens);
            context.shared.putAll(setup.shared);
            Thread t = new Thread(() -> {
                while (running.get()) {
                    long start = System.nanoTime();
                    try {
                        HttpResponse<String> r = context.send(step.next(context));
                        if (measuring.get()) {
                            recorder.recordValue(Math.max(1, (System.nanoTime() - start) / 1000));
                            statuses.computeIfAbsent(r.statusCode(), k -> new LongAdder()).increment();
                        }
                    } catch (InterruptedException e) {
                        return;
                    } catch (Exception e) {
                        if (measuring.get()) {
                            transportErrors.increment();
                        }
                    }
                }
            }, "client-" + c);
            t.setDaemon(true);
            threads.add(t);
            t.start();
        }
        Thread.sleep(warmup.toMillis());
        ServerSampler sampler = new ServerSampler(base, http);
        sampler.start();
        CpuAccount.Snapshot cpuBefore = CpuAccount.take(sampler.serverCpuSeconds());
        recorder.reset();
        measuring.set(true);
        long began = System.nanoTime();
        Thread.sleep(duration.toMillis());
        measuring.set(false);
        double seconds = (System.nanoTime() - began) / 1e9;
        Histogram h = recorder.getIntervalHistogram();
        CpuAccount.Snapshot cpuAfter = CpuAccount.take(sampler.serverCpuSeconds());
        running.set(false);
        sampler.stop();
        for (Thread t : threads) {
            t.join(10_000);
        }
        Map<Integer, Long> byStatus = new java.util.TreeMap<>();
        statuses.forEach((k, v) -> byStatus.put(k, v.sum()));
        return new Result(scenarioName, clients, seconds, h.getTotalCount(), h.getTotalCount() / seconds,
                h.getValueAtPercentile(50) / 1000.0, h.getValueAtPercentile(95) / 1000.0,
                h.getValueAtPercentile(99) / 1000.0, h.getMaxValue() / 1000.0, byStatus, transportErrors.sum(),
                sampler.cpuAvg(), sampler.cpuMax(), sampler.heapMaxMb(),
                CpuAccount.between(cpuBefore, cpuAfter, h.getTotalCount(), seconds), null, Instant.now());
    }

    static void print(Result r) {
        System.out.printf(Locale.ROOT, "%n%-18s %7s %9s %10s %8s %8s %8s %8s %7s %6s %6s %8s%n", "scenario", "clients",
                "requests", "req/s", "p50 ms", "p95 ms", "p99 ms", "max ms", "errors", "cpu%", "cpuMx", "heap MB");
        System.out.printf(Locale.ROOT, "%-18s %7d %9d %10.1f %8.1f %8.1f %8.1f %8.1f %7d %6.0f %6.0f %8.0f%n", r.scenario(),
                r.clients(), r.requests(), r.throughput(), r.p50(), r.p95(), r.p99(), r.max(), r.errors(), r.cpuAvg() * 100,
                r.cpuMax() * 100, r.heapMaxMb());
        System.out.println("statuses: " + r.statuses() + (r.transportErrors() > 0 ? ", transport errors: " + r.transportErrors() : ""));
        System.out.println(r.cpu().describe());
        if (r.pgbenchTps() != null) {
            System.out.printf(Locale.ROOT, "pgbench single-row INSERT, %d clients: %.0f tx/s; this scenario %.1f/s = %.1f %% of it%n",
                    r.clients(), r.pgbenchTps(), r.throughput(), 100 * r.throughput() / r.pgbenchTps());
        }
    }

    static String json(Result r) {
        return String.format(Locale.ROOT, "{\"at\":\"%s\",\"scenario\":\"%s\",\"clients\":%d,\"seconds\":%.1f,\"requests\":%d,"
                + "\"throughput\":%.1f,\"p50_ms\":%.2f,\"p95_ms\":%.2f,\"p99_ms\":%.2f,\"max_ms\":%.2f,\"errors\":%d,"
                + "\"statuses\":\"%s\",\"server_cpu_avg\":%.3f,\"server_cpu_max\":%.3f,\"server_heap_max_mb\":%.0f,"
                + "\"cpu_ms_per_request\":{\"server\":%s,\"postgres\":%s,\"driver\":%s},\"machine_busy\":%s,\"pgbench_tps\":%s}",
                r.at(), r.scenario(), r.clients(), r.seconds(), r.requests(), r.throughput(), r.p50(), r.p95(), r.p99(),
                r.max(), r.errors(), r.statuses(), r.cpuAvg(), r.cpuMax(), r.heapMaxMb(), number(r.cpu().serverMs()),
                number(r.cpu().databaseMs()), number(r.cpu().driverMs()), number(r.cpu().machineBusyShare()),
                r.pgbenchTps() == null ? "null" : number(r.pgbenchTps()));
    }

    private static String number(double v) {
        return Double.isNaN(v) || Double.isInfinite(v) ? "null" : String.format(Locale.ROOT, "%.3f", v);
    }

    static Map<String, String> options(String[] args) {
        if (args.length == 1 && args[0].contains(" ")) {
            args = args[0].trim().split("\\s+");   // passed through Maven as one -Dbench.args string
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].startsWith("--")) {
                String key = args[i].substring(2);
                String value = i + 1 < args.length && !args[i + 1].startsWith("--") ? args[++i] : "true";
                out.put(key, value);
            }
        }
        return out;
    }

    /** Samples the server's process CPU and heap once a second from its Prometheus endpoint. */
    static final class ServerSampler {
        private static final Pattern CPU = Pattern.compile("(?m)^process_cpu_usage\\S*\\s+([0-9.eE+-]+)");
        private static final Pattern CPU_TIME = Pattern.compile("(?m)^process_cpu_time_ns_total\\S*\\s+([0-9.eE+-]+)");
        private static final Pattern HEAP = Pattern.compile("(?m)^jvm_memory_used_bytes\\{[^}]*area=\"heap\"[^}]*}\\s+([0-9.eE+-]+)");
        private final String base;
        private final HttpClient http;
        private final List<Double> cpu = java.util.Collections.synchronizedList(new ArrayList<>());
        private final AtomicLong heapMax = new AtomicLong();
        private volatile boolean running = true;
        private Thread thread;

        ServerSampler(String base, HttpClient http) {
            this.base = base;
            this.http = http;
        }

        void start() {
            thread = new Thread(() -> {
                while (running) {
                    try {
                        String text = scrape();
                        Matcher m = CPU.matcher(text);
                        if (m.find()) {
                            cpu.add(Double.parseDouble(m.group(1)));
                        }
                        Matcher h = HEAP.matcher(text);
                        long heap = 0;
                        while (h.find()) {
                            heap += (long) Double.parseDouble(h.group(1));
                        }
                        heapMax.accumulateAndGet(heap, Math::max);
                        Thread.sleep(1000);
                    } catch (InterruptedException e) {
                        return;
                    } catch (Exception e) {
                        // the server is busy or gone: skip this sample
                    }
                }
            }, "sampler");
            thread.setDaemon(true);
            thread.start();
        }

        private String scrape() throws IOException, InterruptedException {
            return http.send(HttpRequest.newBuilder(URI.create(base + "/actuator/prometheus")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
        }

        /** The server's CPU time so far, read now; NaN when the server does not publish it. */
        double serverCpuSeconds() {
            try {
                Matcher m = CPU_TIME.matcher(scrape());
                return m.find() ? Double.parseDouble(m.group(1)) / 1e9 : Double.NaN;
            } catch (IOException e) {
                return Double.NaN;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Double.NaN;
            }
        }

        void stop() {
            running = false;
            thread.interrupt();
        }

        double cpuAvg() {
            synchronized (cpu) {
                return cpu.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
            }
        }

        double cpuMax() {
            synchronized (cpu) {
                return cpu.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
            }
        }

        double heapMaxMb() {
            return heapMax.get() / 1024.0 / 1024.0;
        }
    }
}
