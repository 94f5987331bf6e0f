package org.civicgrid.pairing.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.civicgrid.access.AccountManagement;
import org.civicgrid.access.AccountManagement.CreateUser;
import org.civicgrid.access.UserSummary;
import org.civicgrid.pairing.NeedCategory;
import org.civicgrid.pairing.NeedManagement;
import org.civicgrid.pairing.NeedManagement.ReportNeed;
import org.civicgrid.pairing.NeedSource;
import org.civicgrid.pairing.PairingManagement;
import org.civicgrid.pairing.PairingManagement.CreateUnit;
import org.civicgrid.pairing.PairingManagement.LogVisit;
import org.civicgrid.pairing.PairingManagement.PairUnit;
import org.civicgrid.pairing.PairingViews.NeedView;
import org.civicgrid.pairing.PairingViews.UnitView;
import org.civicgrid.pairing.PlanManagement;
import org.civicgrid.pairing.PlanManagement.PlanItem;
import org.civicgrid.pairing.PlanManagement.RecordInvestment;
import org.civicgrid.pairing.PlanManagement.RecordThanks;
import org.civicgrid.pairing.PlanManagement.RevisePlan;
import org.civicgrid.pairing.ThanksKind;
import org.civicgrid.pairing.UnitType;
import org.civicgrid.pairing.VisitKind;
import org.civicgrid.region.RegionLevel;
import org.civicgrid.region.RegionRef;
import org.civicgrid.region.Regions;
import org.civicgrid.residents.IdNumberPolicy;
import org.civicgrid.shared.demo.StartupDataset;
import org.civicgrid.shared.time.TimeConfiguration;
import org.civicgrid.volunteering.ActivityManagement;
import org.civicgrid.volunteering.ActivityManagement.CreateActivity;
import org.civicgrid.volunteering.ActivityType;
import org.civicgrid.volunteering.IdType;
import org.civicgrid.volunteering.TeamKind;
import org.civicgrid.volunteering.VolunteerManagement;
import org.civicgrid.volunteering.VolunteerManagement.CreateTeam;
import org.civicgrid.volunteering.VolunteerManagement.RegisterPartyMember;
import org.civicgrid.volunteering.VolunteerManagement.RegisterVolunteer;
import org.civicgrid.volunteering.Views.ActivityView;
import org.springframework.stereotype.Component;

/**
 * The 2023 "株事有礼·社区联点共建" drive from the seed (株洲日报, 2023-05-10): 111 units (88 city units and
 * enterprises plus 23 provincial-or-higher civilized units), about 60 of which had reported to their
 * community by 9 May; and the 88 units of 2022 with the works the seed reports (城发集团 in 北岭社区,
 * 供电公司 in 湘华社区, 市财政局 in 大岭社区, 株洲日报社 in 大塘冲社区) and 北岭社区's two 锦旗. The units the seed
 * does not name are real-sounding Zhuzhou departments and civilized units, generated.
 */
@Component
class PairingDemoData implements StartupDataset {

    static final String PASSWORD = "demo-2026";

    /** 88 市直单位 and city enterprises (the 2022 drive); the seed's units come first. */
    static final List<String> CITY_UNITS = List.of("市城发集团", "国网株洲供电公司", "市财政局", "株洲日报社", "市残联",
            "市科协", "市委宣传部", "市妇联", "国家税务总局株洲市税务局", "市教育局", "市行政审批服务局", "市委编办",
            "市委办公室", "市人大常委会办公室", "市政府办公室", "市政协办公室", "市纪委监委", "市委组织部", "市委统战部",
            "市委政法委", "市直机关工委", "市委政策研究室", "市委网信办", "市委党校", "市委老干部局", "市中级人民法院",
            "市人民检察院", "市发展和改革委员会", "市科学技术局", "市工业和信息化局", "市民族宗教事务委员会", "市公安局",
            "市民政局", "市司法局", "市人力资源和社会保障局", "市自然资源和规划局", "市生态环境局", "市住房和城乡建设局",
            "市城市管理和综合执法局", "市交通运输局", "市水利局", "市农业农村局", "市商务局", "市文化旅游广电体育局",
            "市卫生健康委员会", "市退役军人事务局", "市应急管理局", "市审计局", "市国资委", "市市场监督管理局", "市统计局",
            "市医疗保障局", "市林业局", "市信访局", "市机关事务管理局", "市人民防空办公室", "市数据资源管理局",
            "市住房公积金管理中心", "市公共资源交易中心", "市总工会", "团市委", "市文联", "市工商联", "市红十字会", "市侨联",
            "市社科联", "市供销合作社", "市档案馆", "市地方志编纂室", "市气象局", "市烟草专卖局", "市邮政管理局",
            "中国人民银行株洲市分行", "市消防救援支队", "株洲广播电视台", "市国投集团", "市交发集团", "市水务集团",
            "株洲高科集团", "中国电信株洲分公司", "中国移动株洲分公司", "中国联通株洲分公司", "株洲新奥燃气有限公司",
            "中国银行株洲分行", "中国工商银行株洲分行", "中国建设银行株洲分行", "中国农业银行株洲分行", "市公交集团");

    static final Set<String> ENTERPRISES = Set.of("市城发集团", "国网株洲供电公司", "市国投集团", "市交发集团", "市水务集团",
            "株洲高科集团", "中国电信株洲分公司", "中国移动株洲分公司", "中国联通株洲分公司", "株洲新奥燃气有限公司",
            "中国银行株洲分行", "中国工商银行株洲分行", "中国建设银行株洲分行", "中国农业银行株洲分行", "市公交集团");

    /** 23 省级以上文明单位 that joined in 2023. */
    static final List<String> CIVILIZED_UNITS = List.of("湖南工业大学", "湖南铁道职业技术学院", "湖南化工职业技术学院",
            "湖南汽车工程职业学院", "株洲市中心医院", "株洲市第二医院", "株洲市第三医院", "株洲市中医伤科医院",
            "株洲市妇幼保健院", "株洲市第一中学", "株洲市第二中学", "株洲市南方中学", "株洲市第八中学",
            "中车株洲电力机车有限公司", "中车株洲电力机车研究所有限公司", "中车株洲电机有限公司", "中国航发南方工业有限公司",
            "株洲千金药业股份有限公司", "株洲冶炼集团股份有限公司", "株洲硬质合金集团有限公司", "中国邮政集团株洲市分公司",
            "株洲市图书馆", "株洲市博物馆");

    /** The seed's pairings, kept both years. */
    static final Map<String, String> SEED_PAIRS = Map.of("市残联", "小湖塘社区", "市科协", "月桂社区", "市委宣传部",
            "天台社区", "市城发集团", "北岭社区", "国网株洲供电公司", "湘华社区", "市财政局", "大岭社区", "株洲日报社",
            "大塘冲社区");

    /** Units the seed says visited several times by 9 May 2023. */
    static final List<String> FREQUENT = List.of("市妇联", "国家税务总局株洲市税务局", "市教育局", "市行政审批服务局", "市委编办");

    /** How many units had reported by 9 May 2023 ("近60家"). */
    static final int REPORTED_BY_MAY_9 = 59;
    static final LocalDate MAY_9 = LocalDate.of(2023, 5, 9);

    private final PairingManagement pairing;
    private final NeedManagement needs;
    private final PlanManagement plans;
    private final AccountManagement accounts;
    private final VolunteerManagement volunteers;
    private final ActivityManagement activities;
    private final Regions regions;
    private final Clock clock;

    PairingDemoData(PairingManagement pairing, NeedManagement needs, PlanManagement plans, AccountManagement accounts,
            VolunteerManagement volunteers, ActivityManagement activities, Regions regions, Clock clock) {
        this.pairing = pairing;
        this.needs = needs;
        this.plans = plans;
        this.accounts = accounts;
        this.volunteers = volunteers;
        this.activities = activities;
        this.regions = regions;
        this.clock = clock;
    }

    @Override
    public String name() { return "pairing.demo"; }

    @Override
    public int order() { return 55; }

    @Override
    public boolean demo() { return true; }

    @Override
    public void load() {
        List<RegionRef> communities = regions.within(regions.root().path(), RegionLevel.COMMUNITY);
        Map<String, RegionRef> byName = new HashMap<>();
        communities.forEach(c -> byName.put(c.name(), c));
        Map<String, UnitView> units = new HashMap<>();
        for (String name : CITY_UNITS) {
            units.put(name, pairing.createUnitUnchecked(new CreateUnit(name,
                    ENTERPRISES.contains(name) ? UnitType.ENTERPRISE : UnitType.CITY_DEPARTMENT, null, null, null)));
        }
        for (String name : CIVILIZED_UNITS) {
            units.put(name, pairing.createUnitUnchecked(new CreateUnit(name, UnitType.CIVILIZED_UNIT, null, null,
                    null)));
        }
        describe(units, "市残联", "李克武", "党组书记、理事长");
        describe(units, "市科协", "谭智勇", "党组书记");
        describe(units, "市委宣传部", "张莉", "副部长、机关党委书记");

        Random random = new Random(20230426);
        Map<String, Long> pairings2022 = pairYear(2022, CITY_UNITS, units, byName, communities);
        List<String> all2023 = new ArrayList<>(CITY_UNITS);
        all2023.addAll(CIVILIZED_UNITS);
        Map<String, Long> pairings2023 = pairYear(2023, all2023, units, byName, communities);
        // 城发集团 also holds 李家冲社区 in 2023: a unit may hold several communities.
        long chengfaLijiachong = pairing.pairUnchecked(new PairUnit(units.get("市城发集团").id(),
                byName.get("李家冲社区").id(), 2023)).id();

        year2022(pairings2022, random);
        year2023(pairings2023, all2023, random);
        pairing.logVisitUnchecked(chengfaLijiachong, new LogVisit(VisitKind.REPORT_IN, LocalDate.of(2023, 5, 6), true,
                "城发集团党委书记", 6, null, "报到对接火电生活区老旧小区改造需求。"), List.of(), "system");
        needsOfYuegui(byName.get("月桂社区"), pairings2023.get("市科协"));
        plans(pairings2022, pairings2023);
        liaisons(units);
        partyMembers(units, byName.get("小湖塘社区"));
    }

    private Map<String, Long> pairYear(int year, List<String> names, Map<String, UnitView> units,
            Map<String, RegionRef> byName, List<RegionRef> communities) {
        Map<String, Long> out = new HashMap<>();
        List<RegionRef> pool = communities.stream().filter(c -> !SEED_PAIRS.containsValue(c.name())).toList();
        int i = year;
        for (String name : names) {
            RegionRef community = SEED_PAIRS.containsKey(name) ? byName.get(SEED_PAIRS.get(name))
                    : pool.get(Math.floorMod(i++ * 7, pool.size()));
            out.put(name, pairing.pairUnchecked(new PairUnit(units.get(name).id(), community.id(), year)).id());
        }
        return out;
    }

    private void describe(Map<String, UnitView> units, String name, String leader, String title) {
        units.put(name, pairing.describeUnitUnchecked(units.get(name).id(), leader, title));
    }

    /** 2022: every unit reported and visited; the seed's works, money and 锦旗. */
    private void year2022(Map<String, Long> pairings, Random random) {
        for (String name : CITY_UNITS) {
            long id = pairings.get(name);
            LocalDate first = LocalDate.of(2022, 3, 10).plusDays(random.nextInt(50));
            visit(id, VisitKind.REPORT_IN, first, true, "报到对接，了解社区创文难点，建立联点工作机制。");
            int more = 1 + random.nextInt(4);
            for (int v = 1; v <= more; v++) {
                visit(id, VisitKind.VISIT, first.plusDays(30L * v + random.nextInt(20)), random.nextBoolean(),
                        "组织职工志愿者开展文明宣传、卫生大清扫，协调解决居民反映的问题。");
            }
        }
        long chengfa = pairings.get("市城发集团");
        visit(chengfa, VisitKind.VISIT, LocalDate.of(2022, 6, 14), true,
                "了解到新苑小区田心路沿线门店、天心阁下小区附近下水道经常淤堵，雨天外冒污水，决定全面改造。");
        plans.recordInvestmentUnchecked(chengfa, new RecordInvestment(LocalDate.of(2022, 7, 20), new BigDecimal("168000"),
                "新苑小区田心路沿线门店、天心阁下小区下水管道全面改造"), "system");
        plans.recordInvestmentUnchecked(chengfa, new RecordInvestment(LocalDate.of(2022, 8, 12), new BigDecimal("46500"),
                "新建小区化粪池一座，硬化小区内破损路面、前坪"), "system");
        plans.recordThanksUnchecked(chengfa, new RecordThanks(LocalDate.of(2022, 9, 16), ThanksKind.BANNER, 2,
                "北岭社区网格员丁元春和居民代表（送市城发集团及其下属城市更新公司）", "为民福祉，排忧解难"), "system");
        long power = pairings.get("国网株洲供电公司");
        plans.recordInvestmentUnchecked(power, new RecordInvestment(LocalDate.of(2022, 10, 18), new BigDecimal("386000"),
                "湘华社区多处315老式变压器更换，拆除社区内废旧电杆"), "system");
        plans.recordInvestmentUnchecked(power, new RecordInvestment(LocalDate.of(2022, 8, 3), new BigDecimal("52000"),
                "城区23条主干道两旁电缆井盖板排查，清理21处通信线路牵挂"), "system");
        plans.recordInvestmentUnchecked(pairings.get("市财政局"), new RecordInvestment(LocalDate.of(2022, 9, 5),
                new BigDecimal("235000"), "帮助大岭社区改造棉纺厂片区下水道，解决片区脏乱差"), "system");
        plans.recordInvestmentUnchecked(pairings.get("株洲日报社"), new RecordInvestment(LocalDate.of(2022, 10, 26),
                new BigDecimal("78000"), "支持大塘冲社区新建一处居民休闲小广场"), "system");
    }

    /**
     * 2023: the seed's report-ins and visits, then {@value #REPORTED_BY_MAY_9} units reported by 9 May in all;
     * most of the rest report in the following weeks, a few never.
     */
    private void year2023(Map<String, Long> pairings, List<String> names, Random random) {
        visit(pairings.get("市残联"), VisitKind.REPORT_IN, LocalDate.of(2023, 4, 26), true, "李克武",
                "联点共建工作部署会结束后立即带队到小湖塘社区报到，就创文相关工作与社区交流探讨。");
        visit(pairings.get("市科协"), VisitKind.REPORT_IN, LocalDate.of(2023, 5, 8), true, "谭智勇",
                "详细了解社区创文工作中的热点、难点问题；表示将与社区共商共建计划，全力协助社区开展文明创建。");
        visit(pairings.get("市委宣传部"), VisitKind.REPORT_IN, LocalDate.of(2023, 5, 8), true, "张莉",
                "听取社区创文现状和难点、堵点，与社区共同商讨修改2023年度共建工作实施方案。");
        for (String name : FREQUENT) {
            long id = pairings.get(name);
            LocalDate day = LocalDate.of(2023, 4, 27);
            visit(id, VisitKind.REPORT_IN, day, true, "单位主要负责人带队报到，摸排社区创建难题。");
            for (int v = 1; v <= 2 + random.nextInt(2); v++) {
                day = day.plusDays(3 + random.nextInt(3));
                visit(id, VisitKind.VISIT, day, random.nextBoolean(), "多次对接，了解存在的问题，探索解决办法，制定有效措施。");
            }
        }
        int reported = 3 + FREQUENT.size();
        List<String> rest = names.stream().filter(n -> !List.of("市残联", "市科协", "市委宣传部").contains(n)
                && !FREQUENT.contains(n)).toList();
        for (int i = 0; i < rest.size(); i++) {
            long id = pairings.get(rest.get(i));
            LocalDate day;
            if (reported < REPORTED_BY_MAY_9) {
                day = LocalDate.of(2023, 4, 26).plusDays(random.nextInt(14));
                reported++;
            } else if (i % 9 == 0) {
                continue; // has not reported at all
            } else {
                day = LocalDate.of(2023, 5, 10).plusDays(random.nextInt(60));
            }
            visit(id, VisitKind.REPORT_IN, day, random.nextInt(4) > 0, "单位“一把手”带队到联点社区报到，落实部署联点共建工作。");
            if (random.nextInt(3) == 0) {
                visit(id, VisitKind.VISIT, day.plusDays(20 + random.nextInt(40)), false,
                        "组织干部职工进网格、包楼栋，收集群众意见建议。");
            }
        }
    }

    /** 月桂社区's list, taken on 市科协's visit on 8 May 2023. */
    private void needsOfYuegui(RegionRef yuegui, long pairingId) {
        Object[][] list = {
                {"垃圾中转站臭气熏天", NeedCategory.GARBAGE_STATION},
                {"小区路面不平", NeedCategory.ROAD_SURFACE},
                {"下水盖板损坏", NeedCategory.DRAINAGE},
                {"飞线充电", NeedCategory.FLYING_WIRE_CHARGING},
                {"外来车辆乱停乱放", NeedCategory.PARKING},
                {"健身器材损坏", NeedCategory.FITNESS_EQUIPMENT},
                {"加油站附近存在交通安全隐患", NeedCategory.TRAFFIC_HAZARD},
                {"自来水存在卫生安全隐患", NeedCategory.WATER_SAFETY}};
        List<NeedView> made = new ArrayList<>();
        for (Object[] n : list) {
            made.add(needs.reportUnchecked(new ReportNeed(yuegui.id(), (String) n[0], "市科协5月8日走访调研时社区反映。",
                    (NeedCategory) n[1], "月桂社区", null, null, null), NeedSource.VISIT, "system"));
        }
        needs.claimUnchecked(made.get(5).id(), pairingId);
        needs.resolveUnchecked(made.get(5).id(), "市科协出资更换小区损坏的健身器材3件。",
                at(LocalDate.of(2023, 6, 2), 10));
        needs.claimUnchecked(made.get(3).id(), pairingId);
        needs.claimUnchecked(made.get(2).id(), pairingId);
    }

    /** 天台社区's plan, revised with the community on 8 May; and 城发集团's 2022 plan for 北岭社区. */
    private void plans(Map<String, Long> p2022, Map<String, Long> p2023) {
        long tiantai = p2023.get("市委宣传部");
        plans.reviseUnchecked(tiantai, new RevisePlan("2023年度市委宣传部天台社区共建工作实施方案",
                "围绕文明城市创建，从基础设施、社会治理、志愿服务、典型选树、宣传氛围五方面开展联点共建。",
                List.of(new PlanItem("设置公益广告、文化墙、宣传栏", new BigDecimal("30000"), LocalDate.of(2023, 6, 30)),
                        new PlanItem("组织在职党员进社区开展文明实践微服务", new BigDecimal("5000"), LocalDate.of(2023, 12, 31)),
                        new PlanItem("选树文明楼栋、文明家庭、最美邻居", new BigDecimal("8000"), LocalDate.of(2023, 10, 31))),
                "初稿", false), "system");
        plans.reviseUnchecked(tiantai, new RevisePlan("2023年度市委宣传部天台社区共建工作实施方案",
                "5月8日下午与社区共同商讨修改：增加小街小巷修补硬化和停车秩序治理，宣传阵地提前建成。",
                List.of(new PlanItem("设置公益广告、文化墙、宣传栏", new BigDecimal("30000"), LocalDate.of(2023, 6, 15)),
                        new PlanItem("组织在职党员进社区开展文明实践微服务", new BigDecimal("5000"), LocalDate.of(2023, 12, 31)),
                        new PlanItem("选树文明楼栋、文明家庭、最美邻居", new BigDecimal("8000"), LocalDate.of(2023, 10, 31)),
                        new PlanItem("协助修补、硬化小街小巷", new BigDecimal("60000"), LocalDate.of(2023, 9, 30)),
                        new PlanItem("协调解决小区车辆停放难题", new BigDecimal("10000"), LocalDate.of(2023, 8, 31))),
                "5月8日与天台社区共同商讨修改", true), "system");
        plans.reviseUnchecked(p2022.get("市城发集团"), new RevisePlan("2022年度市城发集团北岭社区联点共建实施方案",
                "聚焦田心片区升级改造核心区域，解决下水道淤堵等急难愁盼问题。",
                List.of(new PlanItem("新苑小区、天心阁下小区下水管道改造", new BigDecimal("170000"), LocalDate.of(2022, 8, 31)),
                        new PlanItem("新建小区化粪池，硬化破损路面和前坪", new BigDecimal("45000"), LocalDate.of(2022, 9, 15)),
                        new PlanItem("职工志愿者文明宣传、卫生大清扫", new BigDecimal("5000"), LocalDate.of(2022, 12, 31))),
                null, true), "system");
    }

    /** Demo liaison accounts (password demo-2026). */
    private void liaisons(Map<String, UnitView> units) {
        liaison(units, "liaison", "市残联联络员", "市残联");
        liaison(units, "liaison-kexie", "市科协联络员", "市科协");
        liaison(units, "liaison-xuanchuan", "市委宣传部联络员", "市委宣传部");
        liaison(units, "liaison-chengfa", "市城发集团联络员", "市城发集团");
    }

    private void liaison(Map<String, UnitView> units, String username, String name, String unit) {
        UserSummary u = accounts.registerDemo(new CreateUser(username, PASSWORD, name, Set.of("UNIT_LIAISON"),
                regions.root().id()));
        pairing.appointLiaisonUnchecked(units.get(unit).id(), u.id());
    }

    /**
     * 在职党员进社区: in-post party members of 市残联 (paired with 小湖塘社区) and 市自然资源和规划局 (原市国土局, a
     * resident unit of 小湖塘社区) registered there on 28 April 2023, with their micro-services since. This month
     * some have done theirs and some are behind; 周丽 (zhouli) signs in to see her own standing.
     */
    private void partyMembers(Map<String, UnitView> units, RegionRef xiaohutang) {
        long canlian = units.get("市残联").id();
        long ziranziyuan = units.get("市自然资源和规划局").id();
        var team = volunteers.createTeamUnchecked(new CreateTeam("市残联在职党员志愿服务队", TeamKind.UNIT_PARTY_MEMBERS,
                canlian, "市残联机关党委", "李克武", "0731-28283516", null), xiaohutang.id());
        UserSummary zhouli = accounts.registerDemo(new CreateUser("zhouli", PASSWORD, "周丽", Set.of("VOLUNTEER"),
                xiaohutang.id()));
        String[][] people = {{"周丽", "c"}, {"陈志强", "c"}, {"刘海燕", "c"}, {"王建军", "z"}, {"易春华", "z"}, {"邓小兵", "z"}};
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < people.length; i++) {
            long unit = people[i][1].equals("c") ? canlian : ziranziyuan;
            var v = volunteers.enrol(new RegisterVolunteer(people[i][0], IdType.RESIDENT_ID_CARD,
                    idNumber("43021119" + (75 + i) + "0" + (1 + i) + "1" + (2 + i) + "30" + (1 + i)), null,
                    i == 0 ? zhouli.id() : null, null, Set.of("文明劝导", "环境整治"), "周末", null), xiaohutang.id());
            volunteers.registerPartyMemberUnchecked(new RegisterPartyMember(v.id(), unit, xiaohutang.id(),
                    LocalDate.of(2023, 4, 28)));
            if (unit == canlian) {
                volunteers.addToTeamUnchecked(team.id(), v.id());
            }
            ids.add(v.id());
        }
        YearMonth now = YearMonth.now(clock);
        LocalDate today = LocalDate.now(clock);
        for (YearMonth m = YearMonth.of(2023, 5); !m.isAfter(now); m = m.plusMonths(1)) {
            if (m.isBefore(now) && m.isAfter(YearMonth.of(2023, 12)) && m.isBefore(now.minusMonths(2))) {
                continue; // keep the demo small: 2023 and the last three months
            }
            LocalDate day = m.atDay(Math.min(15, m.lengthOfMonth()));
            if (m.equals(now)) {
                day = today.getDayOfMonth() > 1 ? today.minusDays(1) : null;
                if (day == null) {
                    continue;
                }
            }
            ActivityView a = activities.createUnchecked(new CreateActivity("文明实践微服务：小区文明劝导与环境整治",
                    ActivityType.CIVILIZATION_MICRO_SERVICE, "在职党员进社区，清理楼道杂物、劝导文明停车。", "小湖塘社区居委会",
                    27.8300, 113.0900, 200, at(day, 9), at(day, 11), 20, team.id(), null, "小湖塘社区居民委员会", "冯芳",
                    "0731-22881306", null), xiaohutang.id(), null, "system");
            for (int i = 0; i < ids.size(); i++) {
                boolean attends = m.equals(now) ? i % 2 == 1 : (i + m.getMonthValue()) % 5 != 0;
                if (attends) {
                    activities.recordServiceUnchecked(a.id(), ids.get(i), at(day, 9), at(day, 11));
                }
            }
        }
    }

    private void visit(long pairingId, VisitKind kind, LocalDate day, boolean leader, String discussed) {
        visit(pairingId, kind, day, leader, leader ? "单位主要负责人" : null, discussed);
    }

    private void visit(long pairingId, VisitKind kind, LocalDate day, boolean leader, String leaderName,
            String discussed) {
        pairing.logVisitUnchecked(pairingId, new LogVisit(kind, day, leader, leader ? leaderName : null,
                3 + Math.abs(discussed.hashCode() % 6), null, discussed), List.of(), "system");
    }

    /** A demo citizen ID number: seventeen digits and the check character they give. */
    private static String idNumber(String first17) {
        return first17 + IdNumberPolicy.checkCharacter(first17);
    }

    static Instant at(LocalDate day, int hour) {
        return day.atTime(LocalTime.of(hour, 0)).atZone(TimeConfiguration.ZONE).toInstant();
    }
}
