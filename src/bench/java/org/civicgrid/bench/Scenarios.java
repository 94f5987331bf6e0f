package org.civicgrid.bench;

import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The load scenarios; each prepares what it needs (tokens, ids, points) once and then builds requests. */
final class Scenarios {

    interface Preparer {
        LoadDriver.Step prepare(LoadDriver.Context context) throws Exception;
    }

    private static final Map<String, Preparer> ALL = new TreeMap<>();

    static final Map<String, java.util.Set<Integer>> EXPECTED = new TreeMap<>();

    /** An {@code "id": 123} in a JSON answer. */
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");

    static {
        ALL.put("lookup", Scenarios::lookup);
        ALL.put("intake-api", Scenarios::intakeApi);
        ALL.put("intake-open311", Scenarios::intakeOpen311);
        ALL.put("queue", Scenarios::queue);
        ALL.put("grid-queue", Scenarios::gridQueue);
        ALL.put("detail", Scenarios::detail);
        ALL.put("dashboard", Scenarios::dashboard);
        ALL.put("search", Scenarios::search);
        ALL.put("enrol-burst", Scenarios::enrolBurst);
        ALL.put("vote-burst", Scenarios::voteBurst);
        // answers a scenario expects besides 2xx: a full class and a second vote are refusals by design
        EXPECTED.put("enrol-burst", java.util.Set.of(404, 409)); // 404: giving back a seat one does not hold
        EXPECTED.put("vote-burst", java.util.Set.of(409));
    }

    static java.util.Set<Integer> expected(String scenario) {
        return EXPECTED.getOrDefault(scenario, java.util.Set.of());
    }

    private Scenarios() {}

    static List<String> names() {
        return new ArrayList<>(ALL.keySet());
    }

    static LoadDriver.Step prepare(String name, LoadDriver.Context context) throws Exception {
        Preparer preparer = ALL.get(name);
        if (preparer == null) {
            throw new IllegalArgumentException("Unknown scenario " + name + "; known: " + names());
        }
        return preparer.prepare(context);
    }

    /** Grid centres of the demo city, read once through the API; points jittered a little around them. */
    @SuppressWarnings("unchecked")
    static List<double[]> gridCentres(LoadDriver.Context context, String user) throws Exception {
        return (List<double[]>) context.shared().computeIfAbsent("grid-centres", k -> {
            try {
                String body = context.send(HttpRequest.newBuilder(context.uri("/api/v1/regions?level=GRID"))
                        .header("Authorization", "Bearer " + context.token(user)).build()).body();
                Matcher ids = Pattern.compile("\"id\":(\\d+)").matcher(body);
                List<double[]> centres = new ArrayList<>();
                while (ids.find()) {
                    String one = context.send(HttpRequest.newBuilder(context.uri("/api/v1/regions/" + ids.group(1)))
                            .header("Authorization", "Bearer " + context.token(user)).build()).body();
                    Matcher lat = Pattern.compile("\"lat\":([0-9.]+),\"lng\":([0-9.]+)").matcher(one);
                    if (lat.find()) {
                        centres.add(new double[] {Double.parseDouble(lat.group(1)), Double.parseDouble(lat.group(2))});
                    }
                }
                return centres;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** GET /api/v1/regions/lookup at points around the grid centres. */
    static LoadDriver.Step lookup(LoadDriver.Context setup) throws Exception {
        List<double[]> centres = gridCentres(setup, "admin");
        String token = setup.token("admin");
        return c -> {
            double[] p = centres.get(c.random().nextInt(centres.size()));
            return HttpRequest.newBuilder(c.uri(String.format(java.util.Locale.ROOT,
                    "/api/v1/regions/lookup?lat=%.6f&lng=%.6f", p[0] + (c.random().nextDouble() - 0.5) * 0.002,
                    p[1] + (c.random().nextDouble() - 0.5) * 0.002))).header("Authorization", "Bearer " + token).build();
        };
    }

    private static final String[] WORDS = {"井盖", "路灯", "垃圾", "占道经营", "违停", "飞线充电", "污水", "健身器材", "小湖塘", "破损"};

    private static HttpRequest.Builder json(LoadDriver.Context c, String path, String token) {
        return HttpRequest.newBuilder(c.uri(path)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").timeout(java.time.Duration.ofSeconds(30));
    }

    /** Every service code the platform offers (GET /open311/v2/services.json). */
    @SuppressWarnings("unchecked")
    static List<String> serviceCodes(LoadDriver.Context c) throws Exception {
        return (List<String>) c.shared().computeIfAbsent("service-codes", k -> {
            try {
                Matcher m = Pattern.compile("\"service_code\"\\s*:\\s*\"([^\"]+)\"").matcher(
                        c.send(HttpRequest.newBuilder(c.uri("/open311/v2/services.json")).build()).body());
                List<String> codes = new ArrayList<>();
                while (m.find()) {
                    codes.add(m.group(1));
                }
                if (codes.isEmpty()) {
                    throw new IllegalStateException("no Open311 services");
                }
                return codes;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /**
     * Where reports land: anywhere in the generated city when the database holds one (DataGenerator's lattice of
     * 0.004-degree grids, 200 to a row, from 26.0 N 111.0 E), as a city's reports spread over its grids; else
     * inside the first grid of 小湖塘社区 of the demo city.
     */
    static double[] reportArea(LoadDriver.Context setup) throws Exception {
        String token = setup.token("admin");
        int rows = 0;
        // count the lattice's full rows: the generator fills them south to north
        while (rows < 1000 && setup.send(HttpRequest.newBuilder(setup.uri(String.format(java.util.Locale.ROOT,
                "/api/v1/regions/lookup?lat=%.6f&lng=%.6f", 26.002 + rows * 0.004, 111.798)))
                .header("Authorization", "Bearer " + token).build()).statusCode() == 200) {
            rows++;
        }
        return rows > 0 ? new double[] {26.0, 111.0, rows * 0.004, 0.8} : new double[] {27.8298, 113.0898, 0.0004, 0.0004};
    }

    /** A new report's body fields: a random category at a random point of the area, as JSON or as a form. */
    private static String reportFields(LoadDriver.Context c, List<String> codes, double[] area, boolean form) {
        String code = codes.get(c.random().nextInt(codes.size()));
        double lat = area[0] + c.random().nextDouble() * area[2];
        double lng = area[1] + c.random().nextDouble() * area[3];
        int n = c.random().nextInt(1_000_000_000);
        return form
                ? String.format(java.util.Locale.ROOT, "jurisdiction_id=zhuzhou&service_code=%s&lat=%.6f&long=%.6f&description=%s",
                        code, lat, lng, java.net.URLEncoder.encode("市民上报 " + n, java.nio.charset.StandardCharsets.UTF_8))
                : String.format(java.util.Locale.ROOT, "{\"category_code\":\"%s\",\"description\":\"压测上报 %d\",\"lat\":%.6f,"
                        + "\"lng\":%.6f,\"address\":\"压测地址\",\"urgency\":\"NORMAL\"}", code, n, lat, lng);
    }

    /** A grid worker's reports (POST /api/v1/cases), each of a random category at a random point of the city. */
    static LoadDriver.Step intakeApi(LoadDriver.Context setup) throws Exception {
        String token = setup.token("xiaohutang-grid1");
        List<String> codes = serviceCodes(setup);
        double[] area = reportArea(setup);
        return c -> json(c, "/api/v1/cases", token).POST(HttpRequest.BodyPublishers.ofString(reportFields(c, codes, area, false)))
                .build();
    }

    /** Anonymous residents file GeoReport v2 requests (POST /open311/v2/requests.json, form-encoded) across the city. */
    static LoadDriver.Step intakeOpen311(LoadDriver.Context setup) throws Exception {
        List<String> codes = serviceCodes(setup);
        double[] area = reportArea(setup);
        return c -> HttpRequest.newBuilder(c.uri("/open311/v2/requests.json"))
                .header("Content-Type", "application/x-www-form-urlencoded").timeout(java.time.Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(reportFields(c, codes, area, true))).build();
    }

    private static final String[] STATUSES = {"REPORTED", "REGISTERED", "DISPATCHED", "HANDLED", "CLOSED"};

    /**
     * The city's queue (the administrator sees every case, so the generated millions too), paged with a status
     * filter (GET /api/v1/cases).
     */
    static LoadDriver.Step queue(LoadDriver.Context setup) throws Exception {
        String token = setup.token("admin");
        return c -> json(c, "/api/v1/cases?status=" + STATUSES[c.random().nextInt(STATUSES.length)] + "&page="
                + c.random().nextInt(5) + "&size=20", token).GET().build();
    }

    /** A grid worker's open queue. */
    static LoadDriver.Step gridQueue(LoadDriver.Context setup) throws Exception {
        String token = setup.token("xiaohutang-grid1");
        return c -> json(c, "/api/v1/cases?open=true&size=20", token).GET().build();
    }

    /** Case detail with its timeline, for ids read once from the city queue. */
    static LoadDriver.Step detail(LoadDriver.Context setup) throws Exception {
        String token = setup.token("admin");
        List<Long> ids = new ArrayList<>();
        for (int page = 0; page < 10; page++) {
            Matcher m = ID.matcher(
                    setup.send(json(setup, "/api/v1/cases?size=200&page=" + page, token).GET().build()).body());
            while (m.find()) {
                ids.add(Long.parseLong(m.group(1)));
            }
        }
        if (ids.isEmpty()) {
            throw new IllegalStateException("no cases to read");
        }
        return c -> json(c, "/api/v1/cases/" + ids.get(c.random().nextInt(ids.size())), token).GET().build();
    }

    /** The city view of the dashboard. */
    static LoadDriver.Step dashboard(LoadDriver.Context setup) throws Exception {
        String token = setup.token("admin");
        return c -> json(c, "/api/v1/dashboard", token).GET().build();
    }

    /** An official's search box, two- to four-character Chinese words. */
    static LoadDriver.Step search(LoadDriver.Context setup) throws Exception {
        String token = setup.token("admin");
        return c -> json(c, "/api/v1/search?q=" + java.net.URLEncoder.encode(WORDS[c.random().nextInt(WORDS.length)],
                java.nio.charset.StandardCharsets.UTF_8), token).GET().build();
    }

    /** Residents created for a burst (admin creates them once, in 小湖塘社区). */
    static List<String> residents(LoadDriver.Context setup, int count) throws Exception {
        String admin = setup.token("admin");
        Matcher region = ID.matcher(setup.send(json(setup, "/api/v1/regions?name="
                + java.net.URLEncoder.encode("小湖塘社区", java.nio.charset.StandardCharsets.UTF_8), admin).GET().build()).body());
        if (!region.find()) {
            throw new IllegalStateException("小湖塘社区 not found");
        }
        String run = Long.toString(System.currentTimeMillis(), 36);
        List<String> users = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String name = "burst-" + run + "-" + i;
            int status = setup.send(json(setup, "/api/v1/users", admin).POST(HttpRequest.BodyPublishers.ofString(
                    "{\"username\":\"" + name + "\",\"password\":\"Burst-pass-2026!\",\"display_name\":\"压测居民" + i
                            + "\",\"roles\":[\"RESIDENT\"],\"region_id\":" + region.group(1) + "}")).build()).statusCode();
            if (status != 201) {
                throw new IllegalStateException("cannot create " + name + ": " + status);
            }
            users.add(name + ":Burst-pass-2026!");
        }
        for (String u : users) {
            setup.token(u);
        }
        return users;
    }

    /** Many residents at once try to enrol in a class of 30 seats; a few free their seat again. */
    static LoadDriver.Step enrolBurst(LoadDriver.Context setup) throws Exception {
        List<String> users = residents(setup, 64);
        String worker = setup.token("xiaohutang");
        String body = setup.send(json(setup, "/api/v1/courses", worker).POST(HttpRequest.BodyPublishers.ofString(
                "{\"title\":\"压测课堂\",\"capacity\":30,\"enrolment_rule\":\"FIRST_COME\",\"waiting_list\":false,"
                        + "\"starts_on\":\"" + java.time.LocalDate.now().plusDays(7) + "\",\"ends_on\":\""
                        + java.time.LocalDate.now().plusDays(37) + "\"}")).build()).body();
        Matcher id = ID.matcher(body);
        if (!id.find()) {
            throw new IllegalStateException("no course: " + body);
        }
        String course = id.group(1);
        return c -> {
            String token = c.token(users.get(c.random().nextInt(users.size())));
            // one in four gives the seat back (DELETE …/enrolments/me), the others ask for one
            boolean cancel = c.random().nextInt(4) == 0;
            HttpRequest.Builder r = json(c, "/api/v1/courses/" + course + "/enrolments" + (cancel ? "/me" : ""), token);
            return (cancel ? r.DELETE() : r.POST(HttpRequest.BodyPublishers.noBody())).build();
        };
    }

    /** Many residents vote at once in a campaign of ten candidates, one vote per candidate each. */
    static LoadDriver.Step voteBurst(LoadDriver.Context setup) throws Exception {
        List<String> users = residents(setup, 64);
        String official = setup.token("tianyuan");
        StringBuilder candidates = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            candidates.append(i == 0 ? "" : ",").append("{\"name\":\"候选人").append(i)
                    .append("\",\"category\":\"好邻居\",\"story\":\"压测\"}");
        }
        java.time.OffsetDateTime now = java.time.OffsetDateTime.now(java.time.ZoneOffset.ofHours(8));
        String body = setup.send(json(setup, "/api/v1/campaigns", official).POST(HttpRequest.BodyPublishers.ofString(
                "{\"title\":\"压测投票\",\"opens_at\":\"" + now.minusMinutes(1) + "\",\"closes_at\":\"" + now.plusDays(1)
                        + "\",\"rule\":\"ONE_PER_CANDIDATE\",\"votes_allowed\":1,\"candidates\":[" + candidates + "]}"))
                .build()).body();
        Matcher m = ID.matcher(body);
        List<String> ids = new ArrayList<>();
        while (m.find()) {
            ids.add(m.group(1));
        }
        if (ids.size() < 2) {
            throw new IllegalStateException("no campaign: " + body);
        }
        String campaign = ids.get(0);
        List<String> candidateIds = ids.subList(1, ids.size());
        return c -> json(c, "/api/v1/campaigns/" + campaign + "/candidates/"
                + candidateIds.get(c.random().nextInt(candidateIds.size())) + "/votes",
                c.token(users.get(c.random().nextInt(users.size())))).POST(HttpRequest.BodyPublishers.noBody()).build();
    }
}
