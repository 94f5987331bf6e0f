package org.civicgrid.bench;

import java.io.StringReader;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicLong;

import org.civicgrid.search.internal.BulkSearchRows;
import org.civicgrid.shared.crypto.PersonalDataCipher;
import org.postgresql.PGConnection;

/**
 * Fills a CivicGrid database with a city at benchmark scale: a province's worth of grids with polygons,
 * cases with histories in every state over three years, river patrols with track points, households and
 * residents (ID numbers and phones encrypted as the platform encrypts them), volunteers with their service
 * records, water samples, and — with {@code --search} — the search index of every generated case. Rows go
 * in as COPY text into the columns Flyway created (no ORM). Run the platform once against the database
 * first, so the schema and the demo city exist; then, for PostgreSQL:
 *
 * <pre>
 * ./mvnw -Pbench test-compile exec:exec@run -Dbench.main=org.civicgrid.bench.DataGenerator \
 *     -Dbench.args="--db-url jdbc:postgresql://127.0.0.1:5432/civicgrid_bench --grids 10000 --cases 10000000 --patrols 1000000"
 * </pre>
 *
 * <p>On PostgreSQL the tables being filled lose their indexes and constraints for the load and get them
 * back afterwards (a sorted build is many times cheaper than ten million index insertions), and batches
 * go in over {@code --threads} connections at once. The embedded H2 file (stop the platform first: H2
 * holds the file) is filled the same way with batched inserts, for smaller sizes ({@code --cases 100000}).
 * Prints the rows and rows per second of each table. Deterministic for a given {@code --seed}.
 */
public final class DataGenerator {

    private static final String[] STATUSES = {"REPORTED", "REGISTERED", "DISPATCHED", "HANDLED", "VERIFIED", "CLOSED"};
    private static final String[] ACTIONS = {"REPORT", "REGISTER", "DISPATCH", "HANDLE", "VERIFY", "CLOSE"};
    private static final String[] ROLES = {"GRID_WORKER", "COMMUNITY_WORKER", "COMMUNITY_WORKER", "STREET_OFFICIAL",
        "GRID_WORKER", "COMMUNITY_WORKER"};
    private static final String[] SOURCES = {"GRID_WORKER", "GRID_WORKER", "GRID_WORKER", "RESIDENT", "RESIDENT", "HOTLINE",
        "PAIRED_UNIT", "ENFORCEMENT", "RIVER_PATROL"};
    private static final String[] WORDS = {"井盖破损", "路灯不亮", "垃圾堆积", "占道经营", "机动车违停", "飞线充电", "污水外溢",
        "健身器材损坏", "下水道堵塞", "小广告", "绿化带毁损", "噪声扰民", "垃圾站异味", "道路不平", "消防通道堵塞", "自来水浑浊"};
    private static final String[] PLACES = {"凿石路", "博古山路", "栗雨南路", "神农大道", "长江北路", "黄河南路", "泰山路", "嵩山路",
        "天台路", "株洲大道", "建设中路", "人民路", "新华西路", "红旗路", "车站路", "荷塘大道", "湘芸路", "航空路", "珠江北路",
        "炎帝大道", "田心大道", "响石岭路", "贺家土路", "月塘路"};
    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱",
        "胡", "郭", "何", "罗", "谭", "彭", "贺", "冯", "丁", "邓"};
    private static final String[] GIVEN = {"芳", "伟", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛",
        "明", "超", "秀英", "晓敏", "建国", "桂兰", "志强", "海燕", "满珍", "月凤"};
    private static final String[] TAGS = {"ELDERLY_ALONE", "LEFT_BEHIND_CHILD", "CHILD_IN_DIFFICULTY", "DISABLED",
        "LOW_INCOME", "MIGRANT_CHILD", "HOMEBOUND_PARTY_MEMBER"};
    private static final String DEMO_DATA_KEY = "ZW1iZWRkZWQtZGVtby1kYXRhLWtleS0zMmJ5dGVzISE=";

    record Grid(long id, String path, long[] ancestors, double lat, double lng) {}

    /** Where rows go: COPY on PostgreSQL, batched inserts on H2. One per connection. */
    interface Sink extends AutoCloseable {
        void copy(String table, String columns, CharSequence rows) throws Exception;

        @Override
        void close() throws Exception;
    }

    /** Writes one batch of rows; {@code random} is the batch's own, so a batch is the same whichever thread runs it. */
    interface Batch {
        void write(Sink sink, long from, long to, SplittableRandom random) throws Exception;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> o = LoadDriver.options(args);
        String url = o.getOrDefault("db-url", "jdbc:postgresql://127.0.0.1:5432/civicgrid_bench");
        String user = o.getOrDefault("db-user", url.startsWith("jdbc:h2:") ? "sa" : "postgres");
        String password = o.getOrDefault("db-password", "");
        long seed = Long.parseLong(o.getOrDefault("seed", "2026"));
        int threads = Integer.parseInt(o.getOrDefault("threads", "2"));
        DataGenerator g = new DataGenerator(url, user, password, seed, threads,
                new PersonalDataCipher(o.getOrDefault("data-key", DEMO_DATA_KEY)));
        long began = System.nanoTime();
        g.grids(Integer.parseInt(o.getOrDefault("grids", "0")));
        long cases = Long.parseLong(o.getOrDefault("cases", "100000"));
        g.cases(cases);
        g.patrols(Long.parseLong(o.getOrDefault("patrols", "10000")));
        g.residents(Long.parseLong(o.getOrDefault("residents", "0")));
        g.volunteers(Long.parseLong(o.getOrDefault("volunteers", "0")), Long.parseLong(o.getOrDefault("service-records", "0")));
        g.samples(Long.parseLong(o.getOrDefault("samples", "0")));
        List<String> topics = new ArrayList<>();
        for (String[] t : new String[][] {{"cases", "cases", "100000"}, {"patrols", "rivers", "10000"},
            {"residents", "residents", "0"}, {"service-records", "volunteering", "0"}}) {
            if (Long.parseLong(o.getOrDefault(t[0], t[2])) > 0) {
                topics.add(t[1]);
            }
        }
        g.recountFigures(topics);
        g.analyze();
        double loaded = (System.nanoTime() - began) / 1e9;
        System.out.printf(Locale.ROOT, "%nloaded in %.1f s (%.1f min)%n", loaded, loaded / 60);
        if (Boolean.parseBoolean(o.getOrDefault("search", "false"))) {
            g.searchDocuments();
            System.out.printf(Locale.ROOT, "done, search index included, in %.1f s%n", (System.nanoTime() - began) / 1e9);
        }
    }

    private final String url;
    private final String user;
    private final String password;
    private final long seed;
    private final int threads;
    private final PersonalDataCipher cipher;
    private final boolean postgres;
    private final Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    DataGenerator(String url, String user, String password, long seed, int threads, PersonalDataCipher cipher) {
        this.url = url;
        this.user = user;
        this.password = password;
        this.seed = seed;
        this.threads = Math.max(1, threads);
        this.cipher = cipher;
        this.postgres = url.startsWith("jdbc:postgresql:");
    }

    // ---- regions --------------------------------------------------------------------------------

    /** A province-sized tree beside the demo city: 10 districts × streets × communities × grids, square grids. */
    void grids(int count) throws Exception {
        if (count <= 0) {
            return;
        }
        try (Connection c = connect(); Sink sink = sink(c)) {
            long cityId = single(c, "select id from region where level = 'CITY' order by id limit 1");
            String cityPath = text(c, "select path from region where id = " + cityId);
            long first = single(c, "select coalesce(max(id), 0) + 1 from region");
            // a second run adds its tree beside the first: codes carry the run's first id, the lattice goes on
            long earlier = single(c, "select count(*) from region where level = 'GRID' and code like 'bench%'");
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
                                    + "[%.6f,%.6f],[%.6f,%.6f],[%.6f,%.6f],[%.6f,%.6f]]]}", lng, lat, lng + size, lat,
                                    lng + size, lat + size, lng, lat + size, lng, lat);
                            regionRow(sb, grid, community, "GRID", tag + "g" + made, "压测网格" + made, mPath + grid + "/", 4,
                                    k, polygon, lat + size / 2, lng + size / 2, stamp);
                        }
                    }
                }
            }
            sink.copy("region", "id, parent_id, level, code, name, path, depth, sort_order, boundary_geojson, center_lat, "
                    + "center_lng, updated_at", sb);
            restartSequence(c, "region_seq", next);
            report("region (grids " + made + ")", next - first, began);
        }
    }

    private static void regionRow(StringBuilder sb, long id, long parent, String level, String code, String name, String path,
            int depth, int order, String polygon, Double lat, Double lng, String stamp) {
        sb.append(id).append('\t').append(parent).append('\t').append(level).append('\t').append(code).append('\t')
                .append(name).append('\t').append(path).append('\t').append(depth).append('\t').append(order).append('\t')
                .append(polygon == null ? "\\N" : polygon).append('\t').append(lat == null ? "\\N" : lat).append('\t')
                .append(lng == null ? "\\N" : lng).append('\t').append(stamp).append('\n');
    }

    // ---- cases ----------------------------------------------------------------------------------

    void cases(long count) throws Exception {
        if (count <= 0) {
            return;
        }
        List<Grid> grids;
        List<String> categories;
        long first;
        long firstStep;
        try (Connection c = connect()) {
            grids = loadGrids(c);
            categories = texts(c, "select code from case_category where active and parent_code is not null");
            first = single(c, "select coalesce(max(id), 0) + 1000 from case_file");
            firstStep = single(c, "select coalesce(max(id), 0) + 1000 from case_step");
        }
        String caseColumns = "id, category_code, description, lat, lng, address, grid_id, community_id, street_id, "
                + "district_id, region_id, region_path, source, urgency, status, reporter_username, reporter_name, anonymous, "
                + "reported_at, deadline, department_name, dispatched_at, handled_at, closed_at, closed_on_time, "
                + "handling_minutes, handled_count, rework_count, supervision_count, rating, rated_at, updated_at, version, "
                + "supervised_at, supervision_region_id";
        String stepColumns = "id, case_id, action, from_status, to_status, actor_username, actor_name, actor_role, step_at, "
                + "step_comment";
        AtomicLong steps = new AtomicLong();
        long began = System.nanoTime();
        withoutIndexes(List.of("case_file", "case_step"), () -> parallel("case_file", count, 20_000, (sink, from, to, random) -> {
            StringBuilder cb = new StringBuilder((int) (to - from) * 420);
            StringBuilder sb = new StringBuilder((int) (to - from) * 800);
            long n = 0;
            for (long i = from; i < to; i++) {
                n += caseRow(cb, sb, first + i, firstStep + i * 8, grids.get(random.nextInt(grids.size())),
                        categories.get(random.nextInt(categories.size())), random);
            }
            // the cases of a batch first, then their steps
            sink.copy("case_file", caseColumns, cb);
            sink.copy("case_step", stepColumns, sb);
            steps.addAndGet(n);
        }));
        try (Connection c = connect()) {
            restartSequence(c, "case_file_seq", first + count + 100);
            restartSequence(c, "case_step_seq", firstStep + count * 8 + 100);
        }
        report("case_file", count, began);
        report("case_step", steps.get(), began);
    }

    /**
     * One case with its steps up to a status that depends on its age; returns the number of steps. Cases are
     * reported evenly over three years. Those of the last three days stand anywhere in the flow; of those between
     * three and ten days old 3 % were rejected at registration, 12 % are still open and overdue, the rest closed;
     * of older ones 3 % were rejected and 1 in 2,000 is still open. An open case past its deadline has been
     * supervised (督办) to its district within the last day, as the supervision job leaves it.
     */
    private long caseRow(StringBuilder cb, StringBuilder sb, long id, long stepId, Grid g, String category,
            SplittableRandom random) {
        long ageMinutes = (long) (random.nextDouble() * 3 * 365 * 24 * 60);
        Instant reported = now.minus(ageMinutes, ChronoUnit.MINUTES);
        boolean rejected = false;
        int reach;   // index into STATUSES
        if (ageMinutes < 60 * 24 * 3) {
            reach = random.nextInt(6);
        } else if (ageMinutes < 60 * 24 * 10) {
            int r = random.nextInt(100);
            rejected = r < 3;
            reach = rejected ? 0 : r < 15 ? random.nextInt(5) : 5;
        } else {
            int r = random.nextInt(10_000);
            rejected = r < 300;
            reach = rejected ? 0 : r < 305 ? random.nextInt(5) : 5;
        }
        Instant deadline = reported.plus(72, ChronoUnit.HOURS);
        Instant[] at = new Instant[6];
        at[0] = reported;
        int last = rejected ? 1 : reach;
        for (int k = 1; k <= last; k++) {
            at[k] = at[k - 1].plus(10 + random.nextInt(60 * 20), ChronoUnit.MINUTES);
            if (at[k].isAfter(now)) {
                at[k] = now;
            }
        }
        String source = SOURCES[random.nextInt(SOURCES.length)];
        String place = PLACES[random.nextInt(PLACES.length)];
        int number = 1 + random.nextInt(400);
        String word = WORDS[random.nextInt(WORDS.length)];
        boolean closed = !rejected && reach == 5;
        boolean supervised = !rejected && !closed && deadline.isBefore(now);
        Instant supervisedAt = supervised ? now.minus(60 + random.nextInt(20 * 60), ChronoUnit.MINUTES) : null;
        Long minutes = !rejected && reach >= 3 ? ChronoUnit.MINUTES.between(reported, at[3]) : null;
        Integer rating = closed && random.nextInt(3) == 0 ? 3 + random.nextInt(3) : null;
        double lat = g.lat() + (random.nextDouble() - 0.5) * 0.001;
        double lng = g.lng() + (random.nextDouble() - 0.5) * 0.001;
        String status = rejected ? "REJECTED" : STATUSES[reach];
        Instant updated = supervised && supervisedAt.isAfter(at[last]) ? supervisedAt : at[last];
        cb.append(id).append('\t').append(category).append('\t').append(place).append(number).append("号附近").append(word)
                .append("，请尽快处理").append('\t');
        coordinates(cb, lat, lng).append('\t').append(place).append(number).append('号').append('\t').append(g.id())
                .append('\t').append(g.ancestors()[3]).append('\t').append(g.ancestors()[2]).append('\t')
                .append(g.ancestors()[1]).append('\t').append(g.id()).append('\t').append(g.path()).append('\t')
                .append(source).append('\t').append(random.nextInt(10) == 0 ? "URGENT" : "NORMAL").append('\t')
                .append(status).append('\t').append("generator\t生成数据\tfalse\t").append(reported).append('\t')
                .append(deadline).append('\t').append(!rejected && reach >= 2 ? "城管执法局" : "\\N").append('\t')
                .append(!rejected && reach >= 2 ? at[2].toString() : "\\N").append('\t')
                .append(!rejected && reach >= 3 ? at[3].toString() : "\\N").append('\t')
                .append(closed ? at[5].toString() : "\\N").append('\t')
                .append(closed ? String.valueOf(!at[5].isAfter(deadline)) : "\\N").append('\t')
                .append(minutes == null ? "\\N" : minutes.toString()).append('\t').append(!rejected && reach >= 3 ? 1 : 0)
                .append("\t0\t").append(supervised ? 1 : 0).append('\t').append(rating == null ? "\\N" : rating.toString())
                .append('\t').append(rating == null ? "\\N" : at[5].toString()).append('\t').append(updated).append("\t0\t")
                .append(supervised ? supervisedAt.toString() : "\\N").append('\t')
                .append(supervised ? String.valueOf(g.ancestors()[1]) : "\\N").append('\n');
        for (int k = 0; k <= last; k++) {
            String action = rejected && k == 1 ? "REJECT" : ACTIONS[k];
            String to = rejected && k == 1 ? "REJECTED" : STATUSES[k];
            sb.append(stepId + k).append('\t').append(id).append('\t').append(action).append('\t')
                    .append(k == 0 ? "\\N" : STATUSES[k - 1]).append('\t').append(to).append('\t')
                    .append("generator\t生成数据\t").append(ROLES[k]).append('\t').append(at[k]).append("\t\\N\n");
        }
        if (supervised) {
            sb.append(stepId + last + 1).append('\t').append(id).append("\tSUPERVISE\t").append(status).append('\t')
                    .append(status).append("\tsystem\t\\N\t\\N\t").append(supervisedAt).append("\t超期自动督办，提级至区\n");
        }
        return last + 1 + (supervised ? 1 : 0);
    }

    // ---- river patrols --------------------------------------------------------------------------

    void patrols(long count) throws Exception {
        if (count <= 0) {
            return;
        }
        List<long[]> assignments = new ArrayList<>();
        List<String> paths = new ArrayList<>();
        long first;
        long firstPoint;
        try (Connection c = connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select a.chief_id, "
                + "a.segment_id, g.region_id, g.region_path from river_chief_assignment a join river_segment g "
                + "on g.id = a.segment_id order by a.chief_id, a.segment_id")) {
            while (rs.next()) {
                assignments.add(new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)});
                paths.add(rs.getString(4));
            }
            first = single(c, "select coalesce(max(id), 0) + 1000 from river_patrol");
            firstPoint = single(c, "select coalesce(max(id), 0) + 1000 from river_patrol_point");
        }
        if (assignments.isEmpty()) {
            System.out.println("no river chief assignments: run the platform once with demo data first; patrols skipped");
            return;
        }
        int n = 5;
        long began = System.nanoTime();
        withoutIndexes(List.of("river_patrol", "river_patrol_point"), () -> parallel("river_patrol", count, 50_000,
                (sink, from, to, random) -> {
                    StringBuilder pb = new StringBuilder((int) (to - from) * 160);
                    StringBuilder tb = new StringBuilder((int) (to - from) * n * 70);
                    for (long i = from; i < to; i++) {
                        int a = random.nextInt(assignments.size());
                        long[] as = assignments.get(a);
                        Instant start = now.minus((long) (random.nextDouble() * 3 * 365 * 24 * 60), ChronoUnit.MINUTES);
                        long seconds = 1800 + random.nextInt(3600);
                        pb.append(first + i).append('\t').append(as[0]).append('\t').append(as[1]).append('\t')
                                .append(as[2]).append('\t').append(paths.get(a)).append("\tCOMPLETED\t").append(start)
                                .append('\t').append(start.plusSeconds(seconds)).append('\t').append(seconds).append('\t')
                                .append(1000 + random.nextInt(4000)).append('\t').append(n)
                                .append("\t生成巡河记录\tfalse\tgenerator\t0\n");
                        double lat = 27.8 + random.nextDouble() * 0.1;
                        double lng = 113.1 + random.nextDouble() * 0.1;
                        for (int k = 0; k < n; k++) {
                            tb.append(firstPoint + i * n + k).append('\t').append(first + i).append('\t')
                                    .append(start.plusSeconds(seconds * k / n)).append('\t');
                            coordinates(tb, lat + k * 0.001, lng + k * 0.001).append("\t10\n");
                        }
                    }
                    sink.copy("river_patrol", "id, chief_id, segment_id, region_id, region_path, status, started_at, "
                            + "ended_at, duration_seconds, distance_metres, point_count, notes, entered_afterwards, "
                            + "recorded_by, version", pb);
                    sink.copy("river_patrol_point", "id, patrol_id, recorded_at, lat, lng, accuracy_m", tb);
                }));
        try (Connection c = connect()) {
            restartSequence(c, "river_patrol_seq", first + count + 100);
            restartSequence(c, "river_patrol_point_seq", firstPoint + count * n + 100);
        }
        report("river_patrol", count, began);
        report("river_patrol_point", count * n, began);
    }

    // ---- households and residents ---------------------------------------------------------------

    /** Residents three to a household, 8 % of them with a care tag; ID numbers valid, encrypted and hashed. */
    void residents(long count) throws Exception {
        if (count <= 0) {
            return;
        }
        List<Grid> grids;
        long firstHousehold;
        long firstResident;
        try (Connection c = connect()) {
            grids = loadGrids(c);
            firstHousehold = single(c, "select coalesce(max(id), 0) + 1000 from household");
            firstResident = single(c, "select coalesce(max(id), 0) + 1000 from resident");
        }
        long households = (count + 2) / 3;
        long began = System.nanoTime();
        String stamp = now.toString();
        withoutIndexes(List.of("household", "resident", "resident_care_tag"), () -> parallel("resident", households, 20_000,
                (sink, from, to, random) -> {
                    StringBuilder hb = new StringBuilder();
                    StringBuilder rb = new StringBuilder();
                    StringBuilder tb = new StringBuilder();
                    for (long h = from; h < to; h++) {
                        Grid g = grids.get(random.nextInt(grids.size()));
                        long household = firstHousehold + h;
                        String address = PLACES[random.nextInt(PLACES.length)] + (1 + random.nextInt(400)) + "号"
                                + (1 + random.nextInt(30)) + "栋" + (101 + random.nextInt(1800)) + "室";
                        hb.append(household).append('\t').append(address).append("\t\\N\t").append(g.id()).append('\t')
                                .append(g.id()).append('\t').append(g.path()).append("\t\\N\t").append(stamp).append('\t')
                                .append(stamp).append("\t0\n");
                        for (int k = 0; k < 3 && h * 3 + k < count; k++) {
                            long resident = firstResident + h * 3 + k;
                            String idNumber = idNumber(resident);
                            LocalDate born = bornOf(idNumber);
                            String phone = "1" + (3 + random.nextInt(6)) + String.format(Locale.ROOT, "%09d",
                                    random.nextInt(1_000_000_000));
                            rb.append(resident).append('\t').append(household).append('\t')
                                    .append(SURNAMES[random.nextInt(SURNAMES.length)])
                                    .append(GIVEN[random.nextInt(GIVEN.length)]).append('\t')
                                    .append(random.nextBoolean() ? "MALE" : "FEMALE").append('\t').append(born).append('\t')
                                    .append(cipher.encrypt(idNumber)).append('\t').append(cipher.lookupHash(idNumber))
                                    .append('\t').append(cipher.encrypt(phone)).append("\t\\N\t\\N\t\\N\t").append(g.id())
                                    .append('\t').append(g.id()).append('\t').append(g.path()).append('\t').append(stamp)
                                    .append('\t').append(stamp).append("\t0\n");
                            if (random.nextInt(100) < 8) {
                                tb.append(resident).append('\t').append(TAGS[random.nextInt(TAGS.length)]).append('\n');
                            }
                        }
                    }
                    sink.copy("household", "id, address, compound_id, grid_id, region_id, region_path, notes, created_at, "
                            + "updated_at, version", hb);
                    sink.copy("resident", "id, household_id, name, gender, birth_date, id_number_enc, id_number_hash, "
                            + "phone_enc, health_notes_enc, notes, user_id, grid_id, region_id, region_path, created_at, "
                            + "updated_at, version", rb);
                    if (!tb.isEmpty()) {
                        sink.copy("resident_care_tag", "resident_id, tag", tb);
                    }
                }));
        try (Connection c = connect()) {
            restartSequence(c, "household_seq", firstHousehold + households + 100);
            restartSequence(c, "resident_seq", firstResident + count + 100);
        }
        report("household", households, began);
        report("resident", count, began);
    }

    /**
     * An 18-digit resident ID number (GB 11643-1999), unique for every serial below three billion: a Zhuzhou
     * area code, a birth date and a sequence number all drawn from the serial, and the ISO 7064 MOD 11-2 check digit.
     */
    static String idNumber(long serial) {
        LocalDate born = LocalDate.of(1935, 1, 1).plusDays((serial / 1000) % 31_025);
        String body = String.format(Locale.ROOT, "4302%02d%s%03d", (serial / 31_025_000L) % 100,
                born.toString().replace("-", ""), serial % 1000);
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * weights[i];
        }
        return body + "10X98765432".charAt(sum % 11);
    }

    /** The birth date an {@link #idNumber} carries. */
    static LocalDate bornOf(String idNumber) {
        return LocalDate.parse(idNumber.substring(6, 10) + "-" + idNumber.substring(10, 12) + "-" + idNumber.substring(12, 14));
    }

    // ---- volunteers and their service records ---------------------------------------------------

    /** Volunteers in the generated communities, activities ten a community, and completed sign-ups with hours. */
    void volunteers(long count, long records) throws Exception {
        if (count <= 0) {
            return;
        }
        List<Grid> grids;
        long firstVolunteer;
        long firstActivity;
        long firstSignUp;
        try (Connection c = connect()) {
            grids = loadGrids(c);
            firstVolunteer = single(c, "select coalesce(max(id), 0) + 1000 from volunteer");
            firstActivity = single(c, "select coalesce(max(id), 0) + 1000 from volunteer_activity");
            firstSignUp = single(c, "select coalesce(max(id), 0) + 1000 from volunteer_sign_up");
        }
        long activities = Math.max(1, records / 50);
        long began = System.nanoTime();
        String stamp = now.toString();
        withoutIndexes(List.of("volunteer", "volunteer_activity", "volunteer_sign_up"), () -> {
            parallel("volunteer", count, 20_000, (sink, from, to, random) -> {
                StringBuilder vb = new StringBuilder();
                for (long i = from; i < to; i++) {
                    Grid g = grids.get((int) (i % grids.size()));
                    long id = firstVolunteer + i;
                    vb.append(id).append("\t\\N\t\\N\t").append(SURNAMES[random.nextInt(SURNAMES.length)])
                            .append(GIVEN[random.nextInt(GIVEN.length)]).append("\tRESIDENT_ID_CARD\t")
                            .append(cipher.encrypt(idNumber(id)))
                            .append('\t').append(cipher.encrypt("139" + String.format(Locale.ROOT, "%08d", i % 100_000_000)))
                            .append("\tBENCH-").append(id).append("\t\\N\t\\N\t");
                    boolean party = random.nextInt(5) == 0;
                    vb.append(party).append("\t\\N\t").append(party ? LocalDate.ofInstant(now, ZoneOffset.UTC)
                            .minusDays(random.nextInt(1000)).toString() : "\\N").append('\t').append(g.ancestors()[3])
                            .append('\t').append(communityPath(g)).append('\t').append(stamp).append("\t0\n");
                }
                sink.copy("volunteer", "id, user_id, resident_id, name, id_type, id_number, phone, volunteer_number, skills, "
                        + "availability, party_member, unit_id, party_registered_on, region_id, region_path, registered_at, "
                        + "version", vb);
            });
            parallel("volunteer_activity", activities, 20_000, (sink, from, to, random) -> {
                StringBuilder ab = new StringBuilder();
                for (long i = from; i < to; i++) {
                    Grid g = grids.get(random.nextInt(grids.size()));
                    Instant starts = now.minus((long) (random.nextDouble() * 3 * 365 * 24 * 60), ChronoUnit.MINUTES);
                    ab.append(firstActivity + i).append('\t').append(WORDS[random.nextInt(WORDS.length)]).append("志愿清理\t")
                            .append(random.nextInt(10) == 0 ? "CIVILIZATION_MICRO_SERVICE" : "ENVIRONMENT")
                            .append("\t\\N\t").append(PLACES[random.nextInt(PLACES.length)]).append('\t');
                    coordinates(ab, g.lat(), g.lng()).append("\t200\t").append(starts).append('\t')
                            .append(starts.plus(3, ChronoUnit.HOURS)).append("\t60\t50\t\\N\t\\N\t社区志愿服务站\t王芳\t")
                            .append("0731-28000000\tOPEN\t").append(g.ancestors()[3]).append('\t').append(communityPath(g))
                            .append("\tgenerator\t").append(stamp).append("\t0\n");
                }
                sink.copy("volunteer_activity", "id, title, type, description, place, lat, lng, radius_m, starts_at, ends_at, "
                        + "capacity, signed_up, team_id, organiser_user_id, organisation, responsible_person, contact_phone, "
                        + "status, region_id, region_path, created_by, created_at, version", ab);
            });
            // sign-ups: each activity takes 50 distinct volunteers (consecutive ids from a random start)
            parallel("volunteer_sign_up", activities, 20_000, (sink, from, to, random) -> {
                StringBuilder sb = new StringBuilder();
                for (long a = from; a < to; a++) {
                    long start = random.nextLong(Math.max(1, count - 50));
                    Grid g = grids.get((int) (a % grids.size()));
                    Instant in = now.minus((long) (random.nextDouble() * 3 * 365 * 24 * 60), ChronoUnit.MINUTES);
                    for (int k = 0; k < 50 && a * 50 + k < records; k++) {
                        int minutes = 60 + random.nextInt(180);
                        sb.append(firstSignUp + a * 50 + k).append('\t').append(firstActivity + a).append('\t')
                                .append(firstVolunteer + (start + k) % count).append("\tCOMPLETED\t")
                                .append(in.minus(2, ChronoUnit.DAYS)).append('\t').append(in).append("\tORGANISER\t")
                                .append(in.plus(minutes, ChronoUnit.MINUTES)).append("\tORGANISER\t").append(minutes)
                                .append("\t\\N\t\\N\t\\N\t").append(g.ancestors()[3]).append('\t').append(communityPath(g))
                                .append("\t0\n");
                    }
                }
                sink.copy("volunteer_sign_up", "id, activity_id, volunteer_id, status, signed_up_at, checked_in_at, "
                        + "check_in_method, checked_out_at, check_out_method, service_minutes, correction_reason, "
                        + "corrected_by, corrected_at, region_id, region_path, version", sb);
            });
        });
        try (Connection c = connect()) {
            restartSequence(c, "volunteer_seq", firstVolunteer + count + 100);
            restartSequence(c, "volunteer_activity_seq", firstActivity + activities + 100);
            restartSequence(c, "volunteer_sign_up_seq", firstSignUp + activities * 50 + 100);
        }
        report("volunteer", count, began);
        report("volunteer_activity", activities, began);
        report("volunteer_sign_up", Math.min(records, activities * 50), began);
    }

    private static String communityPath(Grid g) {
        return g.path().substring(0, g.path().lastIndexOf('/', g.path().length() - 2) + 1);
    }

    // ---- water samples --------------------------------------------------------------------------

    /** Samples at the demo monitoring sections, one an hour apart going back, classed as GB 3838-2002 would. */
    void samples(long count) throws Exception {
        if (count <= 0) {
            return;
        }
        List<Long> sections = new ArrayList<>();
        long first;
        try (Connection c = connect(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select id from river_section order by id")) {
            while (rs.next()) {
                sections.add(rs.getLong(1));
            }
            first = single(c, "select coalesce(max(id), 0) + 1000 from river_sample");
        }
        if (sections.isEmpty()) {
            System.out.println("no monitoring sections: samples skipped");
            return;
        }
        long began = System.nanoTime();
        // a fixed past hour per sample keeps (section, sampled_at) unique; earlier runs lie a year further back
        Instant base = now.truncatedTo(ChronoUnit.HOURS).minus(400, ChronoUnit.DAYS);
        parallel("river_sample", count, 50_000, (sink, from, to, random) -> {
            StringBuilder sb = new StringBuilder();
            for (long i = from; i < to; i++) {
                long section = sections.get((int) (i % sections.size()));
                Instant at = base.minus(i / sections.size(), ChronoUnit.HOURS);
                double nh3n = 0.1 + random.nextDouble() * 1.8;
                String water = nh3n <= 0.15 ? "I" : nh3n <= 0.5 ? "II" : nh3n <= 1.0 ? "III" : nh3n <= 1.5 ? "IV" : "V";
                sb.append(first + i).append('\t').append(section).append('\t').append(at).append(String.format(Locale.ROOT,
                        "\t7.2\t7.6\t1.8\t12\t2.5\t%.3f\t0.015\t\\N\t\\N\t\\N\t%s\tnh3n\t\\N\tgenerator%n", nh3n, water));
            }
            sink.copy("river_sample", "id, section_id, sampled_at, ph, dissolved_oxygen, codmn, cod, bod5, nh3n, tp, tn, "
                    + "transparency_cm, orp_mv, water_class, limiting, odour_grade, recorded_by", sb);
        });
        try (Connection c = connect()) {
            restartSequence(c, "river_sample_seq", first + count + 100);
        }
        report("river_sample", count, began);
    }

    // ---- derived data ---------------------------------------------------------------------------

    /**
     * The search index of every case above the highest one it holds (the generated ones), analysed as the
     * platform analyses them (PostgreSQL only).
     */
    void searchDocuments() throws Exception {
        if (!postgres) {
            System.out.println("search index skipped: PostgreSQL only (the embedded database searches without an index)");
            return;
        }
        Map<String, String> names = new HashMap<>();
        long low;
        long high;
        try (Connection c = connect(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select code, name from case_category")) {
            while (rs.next()) {
                names.put(rs.getString(1), rs.getString(2));
            }
            // cases are numbered upwards: index those above the highest case the index already holds
            low = single(c, "select coalesce(max(cast(doc_id as bigint)), 0) + 1 from search_document where kind = 'case'");
            high = single(c, "select coalesce(max(id), 0) + 1 from case_file");
        }
        long began = System.nanoTime();
        AtomicLong indexed = new AtomicLong();
        withoutIndexes(List.of("search_document"), () -> parallel("search_document", high - low, 20_000,
                (sink, from, to, random) -> {
                    BulkSearchRows rows = new BulkSearchRows();
                    StringBuilder out = new StringBuilder((int) (to - from) * 900);
                    try (Connection c = connect(); PreparedStatement p = c.prepareStatement("select id, category_code, "
                            + "description, address, status, region_path, updated_at from case_file where id >= ? and id < ?")) {
                        p.setLong(1, low + from);
                        p.setLong(2, low + to);
                        try (ResultSet rs = p.executeQuery()) {
                            while (rs.next()) {
                                long id = rs.getLong(1);
                                String address = rs.getString(4);
                                // the same title and text as the cases module publishes (CaseEffects.searchable)
                                String title = "#" + id + " " + names.getOrDefault(rs.getString(2), rs.getString(2))
                                        + (address == null ? "" : " · " + address);
                                String text = rs.getString(3) + (address == null ? "" : " " + address) + " " + rs.getString(5);
                                rows.copyLine(out, "case", String.valueOf(id), rs.getString(6), title, text, "/cases/" + id,
                                        rs.getObject(7, java.time.OffsetDateTime.class).toInstant());
                                indexed.incrementAndGet();
                            }
                        }
                    }
                    if (!out.isEmpty()) {
                        sink.copy("search_document", BulkSearchRows.COLUMNS, out);
                    }
                }));
        report("search_document", indexed.get(), began);
        try (Connection c = connect()) {
            exec(c, "vacuum analyze search_document");
        }
    }

    /**
     * The dashboard's figures are kept by the workflow; rows loaded with COPY bypass it, so the generated topics
     * are counted afresh as the platform counts them ({@code RegionTallies.rebuild}).
     */
    void recountFigures(List<String> topics) throws Exception {
        for (String topic : topics) {
            long began = System.nanoTime();
            try (Connection c = connect()) {
                c.setAutoCommit(false);   // PostgreSQL streams rows only inside a transaction
                org.springframework.jdbc.core.JdbcTemplate jdbc = new org.springframework.jdbc.core.JdbcTemplate(
                        new org.springframework.jdbc.datasource.SingleConnectionDataSource(c, true));
                new org.civicgrid.shared.tally.RegionTallies(jdbc).rebuild(new org.civicgrid.shared.tally.TallySource() {
                    @Override
                    public String topic() {
                        return topic;
                    }

                    @Override
                    public void recount(org.civicgrid.shared.tally.RegionTallies.Rebuild rebuild) {
                        switch (topic) {
                            case "cases" -> org.civicgrid.cases.internal.CaseTallies.recount(jdbc, rebuild);
                            case "residents" -> org.civicgrid.residents.internal.ResidentTallies.recount(jdbc, rebuild);
                            case "rivers" -> org.civicgrid.rivers.internal.RiverTallies.recount(jdbc, rebuild);
                            case "volunteering" -> org.civicgrid.volunteering.internal.VolunteeringTallies.recount(jdbc, rebuild);
                            default -> throw new IllegalArgumentException(topic);
                        }
                    }
                });
                Long rows = jdbc.queryForObject("select count(*) from region_tally where topic = ?", Long.class, topic);
                c.commit();
                System.out.printf(Locale.ROOT, "figures of %s counted afresh: %,d rows in %.1f s%n", topic, rows,
                        (System.nanoTime() - began) / 1e9);
            }
        }
    }

    void analyze() throws Exception {
        long began = System.nanoTime();
        try (Connection c = connect()) {
            exec(c, postgres ? "vacuum analyze" : "analyze");
        }
        System.out.printf(Locale.ROOT, "vacuum and analyze %.1f s%n", (System.nanoTime() - began) / 1e9);
    }

    // ---- machinery ------------------------------------------------------------------------------

    /** Runs batches of {@code size} rows over {@code threads} connections; each batch with its own seeded random. */
    private void parallel(String what, long count, int size, Batch batch) throws Exception {
        long batches = (count + size - 1) / size;
        LinkedBlockingQueue<Long> queue = new LinkedBlockingQueue<>();
        for (long b = 0; b < batches; b++) {
            queue.add(b);
        }
        AtomicLong done = new AtomicLong();
        long began = System.nanoTime();
        long step = Math.max(1, batches / 10);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                workers.add(pool.submit(() -> {
                    try (Connection c = connect(); Sink sink = sink(c)) {
                        for (Long b = queue.poll(); b != null; b = queue.poll()) {
                            long from = b * size;
                            batch.write(sink, from, Math.min(count, from + size),
                                    new SplittableRandom(seed * 1_000_003L + what.hashCode() * 7919L + b));
                            long d = done.incrementAndGet();
                            if (d % step == 0 && d < batches) {
                                report("  " + what + " so far", Math.min(count, d * size), began);
                            }
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> w : workers) {
                w.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    interface Load {
        void run() throws Exception;
    }

    /**
     * PostgreSQL: drops the tables' indexes and constraints (and foreign keys pointing at them), runs the load,
     * and builds them all again — keys first, then indexes over {@code threads} connections, then foreign keys.
     */
    private void withoutIndexes(List<String> tables, Load load) throws Exception {
        if (!postgres) {
            load.run();
            return;
        }
        List<String> keys = new ArrayList<>();
        List<String> indexes = new ArrayList<>();
        List<String> foreign = new ArrayList<>();
        try (Connection c = connect()) {
            String in = String.join(", ", tables.stream().map(t -> "'" + t + "'::regclass").toList());
            List<String> drops = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select conrelid::regclass::text, conname, "
                    + "pg_get_constraintdef(oid), contype from pg_constraint where contype in ('p', 'u', 'f') and (conrelid in ("
                    + in + ") or confrelid in (" + in + ")) order by contype desc")) {
                while (rs.next()) {
                    String add = "alter table " + rs.getString(1) + " add constraint " + rs.getString(2) + " " + rs.getString(3);
                    (rs.getString(4).equals("f") ? foreign : keys).add(add);
                    drops.add("alter table " + rs.getString(1) + " drop constraint " + rs.getString(2));
                }
            }
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select indexrelid::regclass::text, "
                    + "pg_get_indexdef(indexrelid) from pg_index where indrelid in (" + in + ") and not exists (select 1 "
                    + "from pg_constraint k where k.conindid = pg_index.indexrelid)")) {
                while (rs.next()) {
                    indexes.add(rs.getString(2));
                    drops.add("drop index " + rs.getString(1));
                }
            }
            // foreign keys first (they hang on the keys), then indexes, then keys
            drops.sort((a, b) -> Integer.compare(rank(a, foreign), rank(b, foreign)));
            for (String drop : drops) {
                exec(c, drop);
            }
        }
        long loaded;
        try {
            load.run();
        } finally {
            loaded = System.nanoTime();
            runAll(keys);
            runAll(indexes);
            runAll(foreign);
        }
        System.out.printf(Locale.ROOT, "  %d keys, %d indexes, %d foreign keys of %s built in %.1f s%n", keys.size(),
                indexes.size(), foreign.size(), String.join(", ", tables), (System.nanoTime() - loaded) / 1e9);
    }

    private static int rank(String drop, List<String> foreign) {
        if (drop.startsWith("drop index")) {
            return 1;
        }
        String name = drop.substring(drop.lastIndexOf(' ') + 1);
        return foreign.stream().anyMatch(f -> f.contains(" add constraint " + name + " ")) ? 0 : 2;
    }

    /** Runs DDL statements over {@code threads} connections. */
    private void runAll(List<String> statements) throws Exception {
        LinkedBlockingQueue<String> queue = new LinkedBlockingQueue<>(statements);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                workers.add(pool.submit(() -> {
                    try (Connection c = connect()) {
                        exec(c, "set maintenance_work_mem = '1GB'");
                        for (String sql = queue.poll(); sql != null; sql = queue.poll()) {
                            long started = System.nanoTime();
                            exec(c, sql);
                            System.out.printf(Locale.ROOT, "    %6.1f s  %s%n", (System.nanoTime() - started) / 1e9,
                                    sql.length() > 110 ? sql.substring(0, 110) + "…" : sql);
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> w : workers) {
                w.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private Connection connect() throws Exception {
        Connection c = DriverManager.getConnection(url, user, password);
        c.setAutoCommit(true);
        if (postgres) {
            exec(c, "set synchronous_commit = off");
        }
        return c;
    }

    private Sink sink(Connection c) throws Exception {
        if (postgres) {
            org.postgresql.copy.CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
            return new Sink() {
                @Override
                public void copy(String table, String columns, CharSequence rows) throws Exception {
                    copy.copyIn("copy " + table + " (" + columns + ") from stdin", new StringReader(rows.toString()));
                }

                @Override
                public void close() {
                }
            };
        }
        c.setAutoCommit(false);
        return new Sink() {
            @Override
            public void copy(String table, String columns, CharSequence rows) throws Exception {
                int n = columns.split(",").length;
                String marks = String.join(", ", java.util.Collections.nCopies(n, "?"));
                try (PreparedStatement p = c.prepareStatement("insert into " + table + " (" + columns + ") values (" + marks
                        + ")")) {
                    int pending = 0;
                    for (String line : rows.toString().split("\n")) {
                        if (line.isEmpty()) {
                            continue;
                        }
                        String[] values = line.split("\t", -1);
                        for (int i = 0; i < n; i++) {
                            String v = values[i];
                            if (v.equals("\\N")) {
                                p.setObject(i + 1, null);
                            } else {
                                p.setString(i + 1, v.endsWith("Z") && v.length() >= 20 && v.charAt(10) == 'T'
                                        ? Instant.parse(v).atOffset(ZoneOffset.UTC).toString() : v);
                            }
                        }
                        p.addBatch();
                        if (++pending == 1000) {
                            p.executeBatch();
                            pending = 0;
                        }
                    }
                    p.executeBatch();
                }
                c.commit();
            }

            @Override
            public void close() {
            }
        };
    }

    private static StringBuilder coordinates(StringBuilder sb, double lat, double lng) {
        return sb.append(Math.round(lat * 1e6) / 1e6).append('\t').append(Math.round(lng * 1e6) / 1e6);
    }

    private List<Grid> loadGrids(Connection c) throws Exception {
        List<Grid> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "select id, path, center_lat, center_lng from region where level = 'GRID' and center_lat is not null order by id")) {
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

    private void restartSequence(Connection c, String sequence, long next) throws Exception {
        exec(c, "alter sequence " + sequence + " restart with " + next);
    }

    private static long single(Connection c, String sql) throws Exception {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String text(Connection c, String sql) throws Exception {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static List<String> texts(Connection c, String sql) throws Exception {
        List<String> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    private static void exec(Connection c, String sql) throws Exception {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static void report(String table, long rows, long began) {
        double seconds = (System.nanoTime() - began) / 1e9;
        System.out.printf(Locale.ROOT, "%-26s %,12d rows  %8.1f s  %,10.0f rows/s%n", table, rows, seconds, rows / seconds);
    }
}
