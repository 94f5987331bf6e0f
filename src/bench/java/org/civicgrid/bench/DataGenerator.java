package org.civicgrid.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Fills a CivicGrid PostgreSQL database with a city at benchmark scale: a province's worth of grids
 * with polygons, cases with histories across every state and three years, river patrols with track
 * points. Rows go in with COPY (no ORM), in the columns Flyway created; run the platform once against
 * the database first so the schema and the demo city exist, then:
 *
 * <pre>
 * ./mvnw -Pbench test-compile exec:exec@run -Dbench.main=org.civicgrid.bench.DataGenerator \
 *     -Dbench.args="--db-url jdbc:postgresql://127.0.0.1:5432/civicgrid_bench --grids 10000 --cases 10000000 --patrols 1000000"
 * </pre>
 * Prints the rows and rows per second of each table. Deterministic for a given {@code --seed}.
 */
public final class DataGenerator {

    private static final String[] ACTIONS = {"REPORT", "REGISTER", "DISPATCH", "HANDLE", "VERIFY", "CLOSE"};
    private static final String[] STATUSES = {"REPORTED", "REGISTERED", "DISPATCHED", "HANDLED", "VERIFIED", "CLOSED"};
    private static final String[] SOURCES = {"GRID_WORKER", "GRID_WORKER", "GRID_WORKER", "RESIDENT", "RESIDENT", "HOTLINE",
            "PAIRED_UNIT", "ENFORCEMENT", "RIVER_PATROL"};
    private static final String[] WORDS = {"井盖破损", "路灯不亮", "垃圾堆积", "占道经营", "机动车违停", "飞线充电", "污水外溢",
            "健身器材损坏", "下水道堵塞", "小广告", "绿化带毁损", "噪声扰民"};

    record Grid(long id, String path, long[] ancestors, double lat, double lng) {}

    public static void main(String[] args) throws Exception {
        Map<String, String> o = LoadDriver.options(args);
        String url = o.getOrDefault("db-url", "jdbc:postgresql://127.0.0.1:5432/civicgrid_bench");
        long cases = Long.parseLong(o.getOrDefault("cases", "100000"));
        long patrols = Long.parseLong(o.getOrDefault("patrols", "10000"));
        int grids = Integer.parseInt(o.getOrDefault("grids", "0"));
        long seed = Long.parseLong(o.getOrDefault("seed", "2026"));
        try (Connection c = DriverManager.getConnection(url, o.getOrDefault("db-user", "postgres"),
                o.getOrDefault("db-password", ""))) {
            c.setAutoCommit(true);
            DataGenerator g = new DataGenerator(c, new SplittableRandom(seed));
            long began = System.nanoTime();
            if (grids > 0) {
                g.grids(grids);
            }
            g.cases(cases);
            g.patrols(patrols);
            g.recountCaseFigures();
            g.analyze();
            System.out.printf(Locale.ROOT, "%ndone in %.1f s%n", (System.nanoTime() - began) / 1e9);
        }
    }

    private final Connection c;
    private final CopyManager copy;
    private final SplittableRandom random;
    private final Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    DataGenerator(Connection c, SplittableRandom random) throws Exception {
        this.c = c;
        this.copy = c.unwrap(PGConnection.class).getCopyAPI();
        this.random = random;
    }

    /** A province-sized tree beside the demo city: 10 districts × streets × communities × grids, square grids. */
    void grids(int count) throws Exception {
        long cityId = single("select id from region where level = 'CITY' order by id limit 1");
        String cityPath = text("select path from region where id = " + cityId);
        long first = single("select coalesce(max(id), 0) + 1 from region");
        // a second run adds its tree beside the first: codes carry the run's first id, the lattice goes on
        long earlier = single("select count(*) from region where level = 'GRID' and code like 'bench%'");
        String tag = "bench" + first + "-";
        long next = first;
        int per = (int) Math.ceil(Math.pow(count / 10.0, 1 / 3.0));
        double size = 0.004;
        long began = System.nanoTime();
        StringBuilder sb = new StringBuilder();
        String stamp = now.toString();
        int made = 0;
        for (int d = 0; d < 10 && made < count; d++) {
            long district = next++;
            String dPath = cityPath + district + "/";
            regionRow(sb, district, cityId, "DISTRICT", tag + "d" + d, "压测区" + d, dPath, 1, d, null, null, null, stamp);
            for (int s = 0; s < per && made < count; s++) {
                long street = next++;
                String sPath = dPath + street + "/";
                regionRow(sb, street, district, "STREET", tag + "d" + d + "s" + s, "压测街道" + d + "-" + s, sPath, 2, s,
                        null, null, null, stamp);
                for (int m = 0; m < per && made < count; m++) {
                    long community = next++;
                    String mPath = sPath + community + "/";
                    regionRow(sb, community, street, "COMMUNITY", tag + "d" + d + "s" + s + "c" + m,
                            "压测社区" + d + "-" + s + "-" + m, mPath, 3, m, null, null, null, stamp);
                    for (int k = 0; k < per && made < count; k++, made++) {
                        long grid = next++;
                        // a lattice south-west of the demo city, so demo lookups are untouched
                        long cell = earlier + made;
                        double lat = 26.0 + (cell / 200) * size;
                        double lng = 111.0 + (cell % 200) * size;
                        String polygon = String.format(Locale.ROOT, "{\"type\":\"Polygon\",\"coordinates\":[[[%.6f,%.6f],"
                                + "[%.6f,%.6f],[%.6f,%.6f],[%.6f,%.6f],[%.6f,%.6f]]]}", lng, lat, lng + size, lat, lng + size,
                                lat + size, lng, lat + size, lng, lat);
                        regionRow(sb, grid, community, "GRID", tag + "g" + made, "压测网格" + made, mPath + grid + "/", 4,
                                k, polygon, lat + size / 2, lng + size / 2, stamp);
                    }
                }
            }
        }
        copy.copyIn("copy region (id, parent_id, level, code, name, path, depth, sort_order, boundary_geojson, center_lat, "
                + "center_lng, updated_at) from stdin", new java.io.StringReader(sb.toString()));
        exec("select setval('region_seq', " + next + ")");
        report("region (grids " + made + ")", next - first, began);
    }

    private static void regionRow(StringBuilder sb, long id, long parent, String level, String code, String name, String path,
            int depth, int order, String polygon, Double lat, Double lng, String stamp) {
        sb.append(id).append('\t').append(parent).append('\t').append(level).append('\t').append(code).append('\t')
                .append(name).append('\t').append(path).append('\t').append(depth).append('\t').append(order).append('\t')
                .append(polygon == null ? "\\N" : polygon).append('\t').append(lat == null ? "\\N" : lat).append('\t')
                .append(lng == null ? "\\N" : lng).append('\t').append(stamp).append('\n');
    }

    void cases(long count) throws Exception {
        if (count <= 0) {
            return;
        }
        List<Grid> grids = loadGrids();
        List<String> categories = texts("select code from case_category where active");
        long first = single("select coalesce(max(id), 0) + 1000 from case_file");
        long firstStep = single("select coalesce(max(id), 0) + 1000 from case_step");
        long began = System.nanoTime();
        String caseColumns = "id, category_code, description, lat, lng, address, grid_id, community_id, street_id, "
                + "district_id, region_id, region_path, source, urgency, status, reporter_username, reporter_name, anonymous, "
                + "reported_at, deadline, department_name, dispatched_at, handled_at, closed_at, closed_on_time, "
                + "handling_minutes, handled_count, rework_count, supervision_count, rating, rated_at, updated_at, version";
        // batches: the cases of a batch go in first, then their steps (the steps' foreign key needs the cases)
        long stepId = firstStep;
        StringBuilder cb = new StringBuilder(1 << 24);
        StringBuilder sb = new StringBuilder(1 << 24);
        for (long done = 0; done < count; ) {
            long batch = Math.min(50_000, count - done);
            cb.setLength(0);
            sb.setLength(0);
            for (long i = 0; i < batch; i++) {
                stepId = caseRow(cb, sb, first + done + i, stepId, grids.get(random.nextInt(grids.size())),
                        categories.get(random.nextInt(categories.size())));
            }
            copy.copyIn("copy case_file (" + caseColumns + ") from stdin", new java.io.StringReader(cb.toString()));
            copy.copyIn("copy case_step (id, case_id, action, from_status, to_status, actor_username, actor_name, "
                    + "actor_role, step_at, step_comment) from stdin", new java.io.StringReader(sb.toString()));
            done += batch;
            if (done % 1_000_000 == 0) {
                report("  case_file so far", done, began);
            }
        }
        long steps = stepId - firstStep;
        exec("select setval('case_file_seq', " + (first + count + 100) + ")");
        exec("select setval('case_step_seq', " + (firstStep + steps + 100) + ")");
        report("case_file", count, began);
        report("case_step", steps, began);
    }

    /** One case with its steps up to a status that depends on its age; returns the next step id. */
    private long caseRow(StringBuilder cb, StringBuilder sb, long id, long stepId, Grid g, String category) {
        long ageMinutes = (long) (Math.pow(random.nextDouble(), 2) * 3 * 365 * 24 * 60);
        Instant reported = now.minus(ageMinutes, ChronoUnit.MINUTES);
        int reach;   // index into STATUSES
        if (ageMinutes < 60 * 24 * 3) {
            reach = random.nextInt(6);
        } else {
            reach = random.nextInt(100) < 3 ? 1 + random.nextInt(4) : 5;
        }
        Instant deadline = reported.plus(72, ChronoUnit.HOURS);
        Instant[] at = new Instant[6];
        at[0] = reported;
        for (int k = 1; k <= reach; k++) {
            at[k] = at[k - 1].plus(10 + random.nextInt(60 * 20), ChronoUnit.MINUTES);
            if (at[k].isAfter(now)) {
                at[k] = now;
            }
        }
        String source = SOURCES[random.nextInt(SOURCES.length)];
        String word = WORDS[random.nextInt(WORDS.length)];
        boolean closed = reach == 5;
        Long minutes = reach >= 3 ? ChronoUnit.MINUTES.between(reported, at[3]) : null;
        Integer rating = closed && random.nextInt(3) == 0 ? 3 + random.nextInt(3) : null;
        double lat = g.lat() + (random.nextDouble() - 0.5) * 0.001;
        double lng = g.lng() + (random.nextDouble() - 0.5) * 0.001;
        cb.append(id).append('\t').append(category).append('\t').append(word).append("（生成数据 ").append(id).append("）\t")
                .append(String.format(Locale.ROOT, "%.6f\t%.6f", lat, lng)).append('\t').append("生成地址 ").append(id % 997)
                .append('号').append('\t').append(g.id()).append('\t').append(g.ancestors()[3]).append('\t')
                .append(g.ancestors()[2]).append('\t').append(g.ancestors()[1]).append('\t').append(g.id()).append('\t')
                .append(g.path()).append('\t').append(source).append('\t').append(random.nextInt(10) == 0 ? "URGENT" : "NORMAL")
                .append('\t').append(STATUSES[reach]).append('\t').append("generator\t生成数据\tfalse\t").append(reported)
                .append('\t').append(deadline).append('\t').append(reach >= 2 ? "城管执法局" : "\\N").append('\t')
                .append(reach >= 2 ? at[2].toString() : "\\N").append('\t').append(reach >= 3 ? at[3].toString() : "\\N")
                .append('\t').append(closed ? at[5].toString() : "\\N").append('\t')
                .append(closed ? String.valueOf(!at[5].isAfter(deadline)) : "\\N").append('\t')
                .append(minutes == null ? "\\N" : minutes.toString()).append('\t').append(reach >= 3 ? 1 : 0).append("\t0\t0\t")
                .append(rating == null ? "\\N" : rating.toString()).append('\t')
                .append(rating == null ? "\\N" : at[5].toString()).append('\t').append(at[reach]).append("\t0\n");
        for (int k = 0; k <= reach; k++) {
            sb.append(stepId++).append('\t').append(id).append('\t').append(ACTIONS[k]).append('\t')
                    .append(k == 0 ? "\\N" : STATUSES[k - 1]).append('\t').append(STATUSES[k]).append('\t')
                    .append("generator\t生成数据\tGRID_WORKER\t").append(at[k]).append("\t\\N\n");
        }
        return stepId;
    }

    void patrols(long count) throws Exception {
        if (count <= 0) {
            return;
        }
        List<long[]> assignments = new ArrayList<>();
        List<String> paths = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select a.chief_id, a.segment_id, "
                + "g.region_id, g.region_path from river_chief_assignment a join river_segment g on g.id = a.segment_id")) {
            while (rs.next()) {
                assignments.add(new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)});
                paths.add(rs.getString(4));
            }
        }
        if (assignments.isEmpty()) {
            System.out.println("no river chief assignments: run the platform once with demo data first; patrols skipped");
            return;
        }
        long first = single("select coalesce(max(id), 0) + 1000 from river_patrol");
        long firstPoint = single("select coalesce(max(id), 0) + 1000 from river_patrol_point");
        long began = System.nanoTime();
        long pointId = firstPoint;
        StringBuilder pb = new StringBuilder(1 << 24);
        StringBuilder tb = new StringBuilder(1 << 24);
        for (long done = 0; done < count; ) {
            long batch = Math.min(50_000, count - done);
            pb.setLength(0);
            tb.setLength(0);
            for (long j = 0; j < batch; j++) {
                long i = done + j;
                int a = random.nextInt(assignments.size());
                long[] as = assignments.get(a);
                Instant start = now.minus((long) (random.nextDouble() * 3 * 365 * 24 * 60), ChronoUnit.MINUTES);
                int n = 5;
                long seconds = 1800 + random.nextInt(3600);
                pb.append(first + i).append('\t').append(as[0]).append('\t').append(as[1]).append('\t').append(as[2])
                        .append('\t').append(paths.get(a)).append("\tENDED\t").append(start).append('\t')
                        .append(start.plusSeconds(seconds)).append('\t').append(seconds).append('\t')
                        .append(1000 + random.nextInt(4000)).append('\t').append(n).append("\t生成巡河记录\tfalse\tgenerator\t0\n");
                double lat = 27.8 + random.nextDouble() * 0.1;
                double lng = 113.1 + random.nextDouble() * 0.1;
                for (int k = 0; k < n; k++) {
                    tb.append(pointId++).append('\t').append(first + i).append('\t')
                            .append(start.plusSeconds(seconds * k / n)).append('\t')
                            .append(String.format(Locale.ROOT, "%.6f\t%.6f", lat + k * 0.001, lng + k * 0.001)).append("\t10\n");
                }
            }
            copy.copyIn("copy river_patrol (id, chief_id, segment_id, region_id, region_path, status, started_at, ended_at, "
                    + "duration_seconds, distance_metres, point_count, notes, entered_afterwards, recorded_by, version) from stdin",
                    new java.io.StringReader(pb.toString()));
            copy.copyIn("copy river_patrol_point (id, patrol_id, recorded_at, lat, lng, accuracy_m) from stdin",
                    new java.io.StringReader(tb.toString()));
            done += batch;
        }
        long points = pointId - firstPoint;
        exec("select setval('river_patrol_seq', " + (first + count + 100) + ")");
        exec("select setval('river_patrol_point_seq', " + (firstPoint + points + 100) + ")");
        report("river_patrol", count, began);
        report("river_patrol_point", points, began);
    }

    /** The dashboard's case figures are kept by the workflow; rows loaded with COPY bypass it, so recount. */
    void recountCaseFigures() throws Exception {
        long began = System.nanoTime();
        for (String statement : org.civicgrid.cases.internal.CaseTallies.rebuildStatements()) {
            exec(statement);
        }
        System.out.printf(Locale.ROOT, "case figures recounted %.1f s%n", (System.nanoTime() - began) / 1e9);
    }

    void analyze() throws Exception {
        long began = System.nanoTime();
        exec("analyze");
        System.out.printf(Locale.ROOT, "analyze %.1f s%n", (System.nanoTime() - began) / 1e9);
    }

    private List<Grid> loadGrids() throws Exception {
        List<Grid> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "select id, path, center_lat, center_lng from region where level = 'GRID' and center_lat is not null")) {
            while (rs.next()) {
                String[] parts = rs.getString(2).split("/");
                long[] ancestors = new long[5];
                for (int i = 1; i < parts.length && i <= 5; i++) {
                    ancestors[i - 1] = Long.parseLong(parts[i]);
                }
                out.add(new Grid(rs.getLong(1), rs.getString(2), ancestors, rs.getDouble(3), rs.getDouble(4)));
            }
        }
        if (out.isEmpty()) {
            throw new IllegalStateException("no grids: run the platform once against this database first");
        }
        return out;
    }

    private long single(String sql) throws Exception {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private String text(String sql) throws Exception {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private List<String> texts(String sql) throws Exception {
        List<String> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    private void exec(String sql) throws Exception {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static void report(String table, long rows, long began) {
        double seconds = (System.nanoTime() - began) / 1e9;
        System.out.printf(Locale.ROOT, "%-22s %,12d rows  %8.1f s  %,10.0f rows/s%n", table, rows, seconds, rows / seconds);
    }
}
