package org.civicgrid.cases.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import org.civicgrid.access.AccountManagement;
import org.civicgrid.access.UserSummary;
import org.civicgrid.cases.CaseCatalogue;
import org.civicgrid.cases.CaseSource;
import org.civicgrid.cases.CaseUrgency;
import org.civicgrid.cases.CategoryView;
import org.civicgrid.cases.DepartmentView;
import org.civicgrid.region.GridLocation;
import org.civicgrid.region.RegionId;
import org.civicgrid.region.RegionLevel;
import org.civicgrid.region.RegionRef;
import org.civicgrid.region.Regions;
import org.civicgrid.shared.demo.StartupDataset;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Demo cases with their whole history: the seed stories (北岭社区's blocked drains fixed by 城发集团, 月桂社区's
 * problem list, 丁凡's temporary-aid applications to 民政, the 龙母河 sewage) and a few hundred generated cases
 * across the demo grids (fixed random seed), so that queues, maps and figures look like a living city.
 * History is written through the aggregate's own workflow methods, with past timestamps.
 */
@Component
class CasesDemoData implements StartupDataset {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final CaseFileRepository cases;
    private final CaseCatalogue catalogue;
    private final Regions regions;
    private final AccountManagement accounts;
    private final CaseEffects effects;
    private final CaseTallies tallies;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CasesDemoData(CaseFileRepository cases, CaseCatalogue catalogue, Regions regions, AccountManagement accounts,
            CaseEffects effects, CaseTallies tallies, ApplicationEventPublisher events, Clock clock) {
        this.cases = cases;
        this.catalogue = catalogue;
        this.regions = regions;
        this.accounts = accounts;
        this.effects = effects;
        this.tallies = tallies;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public String name() { return "cases.demo"; }

    @Override
    public int order() { return 40; }

    @Override
    public boolean demo() { return true; }

    @Override
    public void load() {
        List<CaseFile> all = new ArrayList<>();
        all.addAll(beiling());
        all.addAll(yuegui());
        all.addAll(dingFan());
        all.addAll(longmuRiver());
        all.addAll(generated(240));
        cases.saveAllAndFlush(all);
        // the stories are written with their whole history at once, not step by step: count them afresh
        tallies.rebuild();
        all.forEach(c -> events.publishEvent(effects.searchable(c)));
    }

    // ---- the seed stories -----------------------------------------------------------------------

    /** 北岭社区: drains along 田心路 and near 天心阁下小区 overflow when it rains; 城发集团 rebuilds them (2022). */
    private List<CaseFile> beiling() {
        Optional<Spot> spot = spot("北岭社区", 0);
        if (spot.isEmpty()) {
            return List.of();
        }
        CaseActor gridWorker = new CaseActor(null, "dingyuanchun", "丁元春（网格员）", "GRID_WORKER");
        CaseActor intake = new CaseActor(null, "beiling-sq", "北岭社区居委会", "COMMUNITY_WORKER");
        CaseActor liaison = new CaseActor(null, "chengfa-liaison", "城发集团城市更新公司", "UNIT_LIAISON");
        DepartmentView chengfa = department("chengfa");
        List<CaseFile> out = new ArrayList<>();
        String[][] items = {
                {"新苑小区田心路沿线门店下水道经常淤堵，一到下雨天就往外冒污水", "新苑小区田心路沿线", "2022-05-16T09:20"},
                {"天心阁下小区附近下水道淤堵，雨天污水外溢，小区路面、前坪破烂不堪", "天心阁下小区", "2022-05-18T10:05"}};
        for (String[] item : items) {
            Instant t = at(item[2]);
            CaseFile c = create("drain-blocked", item[0], spot.get().shifted(out.size()), item[1], CaseSource.PAIRED_UNIT,
                    CaseUrgency.NORMAL, gridWorker, t, List.of());
            c.register(intake, "联点共建需求，立案", List.of(), t.plus(Duration.ofHours(2)));
            c.dispatch(intake, chengfa.id(), chengfa.name(), "联点单位城发集团认领", List.of(), t.plus(Duration.ofHours(3)));
            c.handle(liaison, "投入20多万元对下水管道进行全面改造，新建小区化粪池，硬化小区内路面、前坪", List.of(),
                    at("2022-08-26T16:00"));
            c.verify(gridWorker, "雨后复查，无积水、无污水外溢", List.of(), at("2022-08-29T10:00"));
            c.close(intake, "已解决，居民满意", List.of(), at("2022-08-29T15:00"));
            c.rate(new CaseActor(null, "beiling-residents", "北岭社区居民代表", "RESIDENT"), 5, "为民福祉，排忧解难",
                    at("2022-09-20T10:00"));
            out.add(c);
        }
        return out;
    }

    /** 月桂社区's problem list taken by its paired unit (市科协) on 8 May 2023. */
    private List<CaseFile> yuegui() {
        Optional<Spot> spot = spot("月桂社区", 0);
        if (spot.isEmpty()) {
            return List.of();
        }
        CaseActor liaison = new CaseActor(null, "kexie-liaison", "市科协联络员", "UNIT_LIAISON");
        CaseActor intake = new CaseActor(null, "yuegui-sq", "月桂社区居委会", "COMMUNITY_WORKER");
        CaseActor gridWorker = new CaseActor(null, "yuegui-grid", "月桂社区网格员", "GRID_WORKER");
        String[][] items = {
                {"garbage-station-odour", "垃圾站异味大，夏天影响周边居民", "closed"},
                {"road-surface-damage", "小区道路路面破损、凹凸不平", "closed"},
                {"drain-cover-damage", "下水道盖板破损", "closed"},
                {"flying-wire-charging", "居民楼飞线充电，存在消防隐患", "handled"},
                {"illegal-parking", "外来车辆乱停乱放，堵塞消防通道", "dispatched"},
                {"fitness-equipment-damage", "健身器材损坏", "verified"},
                {"traffic-safety-hazard", "加油站附近存在交通安全隐患", "supervised"},
                {"tap-water-safety", "自来水存在卫生安全隐患（二次供水水箱）", "registered"}};
        List<CaseFile> out = new ArrayList<>();
        Instant t = at("2023-05-08T10:30");
        for (String[] item : items) {
            CategoryView category = catalogue.get(item[0]);
            CaseFile c = create(item[0], item[1], spot.get().shifted(out.size()), "月桂社区", CaseSource.PAIRED_UNIT,
                    CaseUrgency.NORMAL, liaison, t, List.of());
            String stage = item[2];
            c.register(intake, "创文热点难点问题清单", List.of(), t.plus(Duration.ofHours(3)));
            if (!stage.equals("registered")) {
                DepartmentView d = catalogue.route(category.code(), c.getRegionPath()).orElse(department("chengguan"));
                c.dispatch(intake, d.id(), d.name(), null, List.of(), t.plus(Duration.ofHours(5)));
            }
            if (stage.equals("supervised")) {
                c.supervise(CaseActor.SYSTEM, "超期自动督办，提级至宋家桥街道", List.of(), parentOf(c.getCommunityId()),
                        c.getDeadline().plus(Duration.ofHours(1)));
            }
            if (stage.equals("handled") || stage.equals("verified") || stage.equals("closed")) {
                c.handle(intake, "已整改：" + category.closingCondition(), List.of(), t.plus(Duration.ofDays(6)));
            }
            if (stage.equals("verified") || stage.equals("closed")) {
                c.verify(gridWorker, "现场核查通过", List.of(), t.plus(Duration.ofDays(7)));
            }
            if (stage.equals("closed")) {
                c.close(intake, "结案", List.of(), t.plus(Duration.ofDays(7).plusHours(3)));
            }
            out.add(c);
        }
        return out;
    }

    /** 丁凡 (李家冲社区, 63, living alone, emphysema, no income): the community applies to 民政 several times. */
    private List<CaseFile> dingFan() {
        Optional<UserSummary> hexiaomin = accounts.findByUsername("hexiaomin");
        Optional<Spot> spot = hexiaomin.flatMap(u -> gridSpot(u.regionId())).or(() -> spot("李家冲社区", 0));
        if (spot.isEmpty()) {
            return List.of();
        }
        CaseActor gridWorker = hexiaomin.map(u -> new CaseActor(u.id(), u.username(), u.displayName(), "GRID_WORKER"))
                .orElse(new CaseActor(null, "hexiaomin", "贺晓敏", "GRID_WORKER"));
        CaseActor community = accounts.findByUsername("lijiachong")
                .map(u -> new CaseActor(u.id(), u.username(), u.displayName(), "COMMUNITY_WORKER"))
                .orElse(new CaseActor(null, "lijiachong", "李家冲社区居委会", "COMMUNITY_WORKER"));
        CaseActor minzhengActor = new CaseActor(null, "minzheng", "石峰区民政局", null);
        DepartmentView minzheng = department("minzheng");
        String text = "火电生活区独居居民丁凡（化名），63岁，患肺气肿，无退休工资、无经济来源，申请临时救助";
        String[][] rounds = {
                {"2022-01-10T09:30", "2022-01-28T16:00", "临时救助金已发放"},
                {"2022-07-05T10:00", "2022-07-22T15:30", "临时救助金已发放，并协调市总工会帮扶"},
                {"2023-01-09T09:00", "2023-01-30T11:00", "临时救助金已发放，市红十字会送来慰问"},
                {"2023-07-03T09:00", null, null}};
        List<CaseFile> out = new ArrayList<>();
        for (String[] round : rounds) {
            Instant t = at(round[0]);
            CaseFile c = create("temporary-assistance", text, spot.get(), "李家冲社区火电生活区", CaseSource.GRID_WORKER,
                    CaseUrgency.URGENT, gridWorker, t, List.of());
            c.register(community, "材料齐全，立案", List.of(), t.plus(Duration.ofHours(2)));
            c.dispatch(community, minzheng.id(), minzheng.name(), "转民政部门办理临时救助", List.of(), t.plus(Duration.ofHours(3)));
            if (round[1] != null) {
                c.handle(minzhengActor, round[2], List.of(), at(round[1]));
                c.verify(gridWorker, "上门核实，救助已到位", List.of(), at(round[1]).plus(Duration.ofDays(1)));
                c.close(community, "结案", List.of(), at(round[1]).plus(Duration.ofDays(1).plusHours(2)));
            } else {
                c.supervise(CaseActor.SYSTEM, "超期自动督办，提级至响石岭街道", List.of(), parentOf(c.getCommunityId()),
                        c.getDeadline().plus(Duration.ofHours(2)));
            }
            out.add(c);
        }
        return out;
    }

    /** 龙母河职教城段: domestic sewage not connected to the city sewers (river-chief inspection). */
    private List<CaseFile> longmuRiver() {
        RegionRef district = regions.search("石峰区", RegionLevel.DISTRICT, 1).stream().findFirst().orElse(null);
        if (district == null) {
            return List.of();
        }
        CaseActor patrol = new CaseActor(null, "hezhang-city", "市级河长巡河", "RIVER_CHIEF");
        CaseActor office = new CaseActor(null, "hezhangban", "市河长办", "CITY_OFFICIAL");
        DepartmentView huanbao = department("huanbao");
        Instant t = at("2023-04-12T10:00");
        Spot s = new Spot(district.lat(), district.lng(), null);
        CaseFile c = create("river.sewage-outfall", "龙母河职教城段生活污水未进入城市管网，直排入河", s, "龙母河职教城段",
                CaseSource.RIVER_PATROL, CaseUrgency.URGENT, patrol, t, List.of());
        c.register(office, "河湖“四乱”问题清单", List.of(), t.plus(Duration.ofHours(4)));
        c.dispatch(office, huanbao.id(), huanbao.name(), "限期整改，截污纳管", List.of(), t.plus(Duration.ofDays(1)));
        c.supervise(CaseActor.SYSTEM, "超期自动督办，提级至" + district.name(), List.of(), district.id(),
                c.getDeadline().plus(Duration.ofHours(1)));
        Long city = district.parentId();
        if (city != null) {
            c.supervise(new CaseActor(null, "hezhang-city", "市级河长", "CITY_OFFICIAL"), "市级河长督办，限月底前完成截污",
                    List.of(), city, c.getDeadline().plus(Duration.ofDays(10)));
        }
        return List.of(c);
    }

    // ---- generated cases ------------------------------------------------------------------------

    private List<CaseFile> generated(int count) {
        Random random = new Random(20260509L);
        List<Spot> spots = new ArrayList<>();
        for (RegionRef grid : regions.within(regions.root().path(), RegionLevel.GRID)) {
            gridSpot(grid.id()).ifPresent(spots::add);
        }
        if (spots.isEmpty()) {
            return List.of();
        }
        List<CategoryView> categories = catalogue.fileable().stream().filter(c -> !c.code().startsWith("river.")
                && !c.code().equals("temporary-assistance")).toList();
        CaseSource[] sources = {CaseSource.GRID_WORKER, CaseSource.GRID_WORKER, CaseSource.GRID_WORKER, CaseSource.RESIDENT,
                CaseSource.RESIDENT, CaseSource.HOTLINE, CaseSource.PAIRED_UNIT, CaseSource.ENFORCEMENT};
        Optional<UserSummary> resident1 = accounts.findByUsername("resident1");
        Optional<UserSummary> resident2 = accounts.findByUsername("resident2");
        Instant now = clock.instant();
        List<CaseFile> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Spot base = spots.get(random.nextInt(spots.size()));
            Spot spot = base.jitter(random);
            CategoryView category = categories.get(random.nextInt(categories.size()));
            CaseSource source = sources[random.nextInt(sources.length)];
            CaseUrgency urgency = random.nextInt(10) == 0 ? CaseUrgency.URGENT : CaseUrgency.NORMAL;
            Instant reported = workingMoment(now.minus(Duration.ofDays(1 + random.nextInt(200))), random);
            CaseActor reporter = switch (source) {
                case RESIDENT -> residentNear(spot, resident1, resident2)
                        .orElse(new CaseActor(null, "public", "热心群众", null));
                case GRID_WORKER -> new CaseActor(null, "grid-worker", "网格员", "GRID_WORKER");
                case HOTLINE -> new CaseActor(null, "hotline", "12345 热线", null);
                case PAIRED_UNIT -> new CaseActor(null, "liaison", "联点单位联络员", "UNIT_LIAISON");
                default -> new CaseActor(null, "enforcement", "执法队员", "ENFORCEMENT_OFFICER");
            };
            CaseFile c = create(category.code(), category.name() + "：" + phrase(random), spot, spot.label(), source,
                    urgency, reporter, reported, List.of());
            progress(c, category, random, now);
            out.add(c);
        }
        return out;
    }

    private void progress(CaseFile c, CategoryView category, Random random, Instant now) {
        CaseActor intake = new CaseActor(null, "intake", "受理员", "COMMUNITY_WORKER");
        CaseActor checker = new CaseActor(null, "grid-worker", "网格员", "GRID_WORKER");
        Instant t = c.getReportedAt().plus(Duration.ofMinutes(20 + random.nextInt(100)));
        if (t.isAfter(now)) {
            return;
        }
        if (random.nextInt(25) == 0) {
            c.reject(intake, "经核实不属于受理范围", List.of(), t);
            return;
        }
        c.register(intake, null, List.of(), t);
        t = t.plus(Duration.ofMinutes(10 + random.nextInt(60)));
        if (t.isAfter(now)) {
            return;
        }
        DepartmentView d = route(category.code(), c);
        c.dispatch(intake, d.id(), d.name(), null, List.of(), t);
        int allowed = category.hoursFor(c.getUrgency());
        // most are handled within the limit, some late
        Instant handled = catalogue.deadline(t, category.code(), c.getUrgency());
        double share = random.nextDouble() < 0.82 ? 0.2 + random.nextDouble() * 0.7 : 1.1 + random.nextDouble();
        handled = t.plus(Duration.between(t, handled).multipliedBy((long) (share * 100)).dividedBy(100));
        if (handled.isAfter(now)) {
            if (c.isOverdue(now) && random.nextBoolean()) {
                Instant at = c.getDeadline().plus(Duration.ofHours(1));
                c.supervise(CaseActor.SYSTEM, "超期自动督办", List.of(), parentOf(c.getCommunityId()),
                        at.isAfter(now) ? now : at);
            }
            return;
        }
        c.handle(new CaseActor(null, "dept", d.name(), null), "已按要求处置（" + allowed + " 工作小时时限）", List.of(), handled);
        t = handled.plus(Duration.ofHours(1 + random.nextInt(5)));
        if (t.isAfter(now)) {
            return;
        }
        if (random.nextInt(8) == 0) {
            c.sendBack(checker, "现场核查未整改到位", List.of(), t);
            t = t.plus(Duration.ofHours(3 + random.nextInt(20)));
            if (t.isAfter(now)) {
                return;
            }
            c.handle(new CaseActor(null, "dept", d.name(), null), "返工后已处置", List.of(), t);
            t = t.plus(Duration.ofHours(1 + random.nextInt(5)));
            if (t.isAfter(now)) {
                return;
            }
        }
        c.verify(checker, "现场核查通过", List.of(), t);
        t = t.plus(Duration.ofMinutes(30 + random.nextInt(240)));
        if (t.isAfter(now)) {
            return;
        }
        c.close(intake, null, List.of(), t);
        if (c.getReporterId() != null && random.nextInt(3) > 0) {
            Instant r = t.plus(Duration.ofHours(2 + random.nextInt(48)));
            if (r.isBefore(now)) {
                c.rate(new CaseActor(c.getReporterId(), c.getReporterUsername(), c.getReporterName(), "RESIDENT"),
                        random.nextInt(10) < 7 ? 5 : 3 + random.nextInt(2), null, r);
            }
        }
    }

    // ---- helpers --------------------------------------------------------------------------------

    private record Spot(Double lat, Double lng, GridLocation grid) {

        Spot shifted(int n) {
            return lat == null ? this : new Spot(lat + n * 0.0001, lng + n * 0.0001, grid);
        }

        Spot jitter(Random random) {
            return lat == null ? this : new Spot(lat + (random.nextDouble() - 0.5) * 0.0006,
                    lng + (random.nextDouble() - 0.5) * 0.0006, grid);
        }

        String label() {
            return grid == null ? null : grid.communityName() + " " + grid.gridName();
        }
    }

    private CaseFile create(String code, String description, Spot spot, String address, CaseSource source,
            CaseUrgency urgency, CaseActor reporter, Instant at, List<String> photos) {
        CaseFile.Place place;
        GridLocation grid = spot.lat() == null ? null : regions.locate(spot.lat(), spot.lng()).orElse(spot.grid());
        if (grid != null) {
            List<RegionRef> lineage = regions.lineage(new RegionId(grid.gridId()));
            place = new CaseFile.Place(spot.lat(), spot.lng(), address, grid.gridId(), level(lineage, RegionLevel.COMMUNITY),
                    level(lineage, RegionLevel.STREET), level(lineage, RegionLevel.DISTRICT), grid.gridId(), grid.gridPath());
        } else {
            RegionRef district = regions.search("石峰区", RegionLevel.DISTRICT, 1).get(0);
            place = new CaseFile.Place(spot.lat(), spot.lng(), address, null, null, null, district.id(), district.id(),
                    district.path());
        }
        Instant deadline = catalogue.deadline(at, code, urgency);
        return new CaseFile(code, code, description, place, source, null, urgency, reporter, false, photos, null, at,
                deadline, null);
    }

    private static Long level(List<RegionRef> lineage, RegionLevel level) {
        return lineage.stream().filter(r -> r.level() == level).map(RegionRef::id).findFirst().orElse(null);
    }

    /** A point inside a grid of the named community (its n-th grid with a boundary). */
    private Optional<Spot> spot(String communityName, int n) {
        return regions.search(communityName, RegionLevel.COMMUNITY, 1).stream().findFirst()
                .flatMap(community -> regions.children(community.regionId()).stream()
                        .filter(g -> g.level() == RegionLevel.GRID)
                        .map(g -> gridSpot(g.id())).flatMap(Optional::stream).skip(n).findFirst()
                        .or(() -> Optional.of(new Spot(community.lat(), community.lng(), null))));
    }

    private Optional<Spot> gridSpot(long gridId) {
        return regions.find(new RegionId(gridId)).filter(g -> g.lat() != null && g.lng() != null)
                .flatMap(g -> regions.locate(g.lat(), g.lng()).filter(l -> l.gridId() == gridId)
                        .map(l -> new Spot(g.lat(), g.lng(), l)));
    }

    private Optional<CaseActor> residentNear(Spot spot, Optional<UserSummary> r1, Optional<UserSummary> r2) {
        if (spot.grid() == null) {
            return Optional.empty();
        }
        String path = spot.grid().gridPath();
        for (Optional<UserSummary> r : List.of(r1, r2)) {
            if (r.isPresent()) {
                RegionRef home = regions.find(new RegionId(r.get().regionId())).orElse(null);
                if (home != null && path.startsWith(home.path())) {
                    return Optional.of(new CaseActor(r.get().id(), r.get().username(), r.get().displayName(), "RESIDENT"));
                }
            }
        }
        return Optional.empty();
    }

    private long parentOf(Long regionId) {
        if (regionId == null) {
            return regions.root().id();
        }
        return regions.find(new RegionId(regionId)).map(r -> r.parentId() == null ? r.id() : r.parentId())
                .orElse(regionId);
    }

    private final java.util.Map<String, DepartmentView> departments = new java.util.HashMap<>();
    private final java.util.Map<String, DepartmentView> routes = new java.util.HashMap<>();

    private DepartmentView department(String code) {
        if (departments.isEmpty()) {
            catalogue.departments().forEach(d -> departments.put(d.code(), d));
        }
        return departments.get(code);
    }

    /** The routed department, remembered per category and community (demo data asks the same questions often). */
    private DepartmentView route(String categoryCode, CaseFile c) {
        return routes.computeIfAbsent(categoryCode + "@" + c.getCommunityId(),
                k -> catalogue.route(categoryCode, c.getRegionPath()).orElse(department("chengguan")));
    }

    private static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(ZONE).toInstant();
    }

    private static Instant workingMoment(Instant day, Random random) {
        LocalDateTime t = LocalDateTime.ofInstant(day, ZONE).withHour(8 + random.nextInt(10))
                .withMinute(random.nextInt(60)).withSecond(0).withNano(0);
        return t.atZone(ZONE).toInstant();
    }

    private static final String[] PHRASES = {"居民反映多次", "网格巡查发现", "影响居民出行", "存在安全隐患", "夜间尤为明显",
            "周边商户反映", "已持续数日", "雨后加重", "老人小孩经过需注意", "请尽快处理"};

    private static String phrase(Random random) {
        return PHRASES[random.nextInt(PHRASES.length)] + "，" + PHRASES[random.nextInt(PHRASES.length)];
    }
}
