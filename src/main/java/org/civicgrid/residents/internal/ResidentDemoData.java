package org.civicgrid.residents.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.civicgrid.access.AccountManagement;
import org.civicgrid.access.UserSummary;
import org.civicgrid.region.RegionId;
import org.civicgrid.region.RegionLevel;
import org.civicgrid.region.RegionRef;
import org.civicgrid.region.Regions;
import org.civicgrid.residents.CareTag;
import org.civicgrid.residents.Gender;
import org.civicgrid.residents.RefusedInput.FieldRefusal;
import org.civicgrid.residents.ResidentFields;
import org.civicgrid.shared.demo.StartupDataset;
import org.civicgrid.shared.time.TimeConfiguration;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Residents for the demo, from the seed pages and a seeded random source:
 * <ul>
 * <li>the 网格故事 of 丁凡 (化名; 李家冲社区 火电生活区, 63, living alone, emphysema, no income), his son 丁建 (26), and
 * 网格员 贺晓敏's visits over a year and a half — up to the relapse of 26 June and the hospital on 1 July;</li>
 * <li>向延国 (74, retired from the 中南无线电厂) and 彭月凤 (retired teacher) at 袁家湾社区 中南路49栋;</li>
 * <li>the 19 left-behind and disadvantaged children of 南苑, 幸福, 友好社区 and 道田村 who went on the 2 July outing;</li>
 * <li>a few hundred made-up households and residents across the demo grids, care tags spread as such
 * populations have them.</li>
 * </ul>
 * Every record passes the same checks as a worker's input (valid ID numbers of the Hunan 4302xx counties).
 */
@Component
class ResidentDemoData implements StartupDataset {

    private static final long SEED = 20190701L;
    private static final Set<String> DONGJIADUN = Set.of("南苑社区", "幸福社区", "友好社区", "道田村");
    private static final String[] ROADS = {"建设路", "人民路", "新华路", "红旗路", "车站路", "长江路", "黄河路", "庐山路",
            "响石岭路", "建宁路"};
    private static final String[] ELDERLY_HEALTH = {"高血压，按时服药", "糖尿病，需控制饮食", "慢性支气管炎，冬季易发作",
            "腿脚不便，出门需拄拐", "听力下降，说话需大声", "冠心病，备有急救药"};
    private static final String[] DISABILITY = {"肢体残疾二级", "视力残疾三级", "听力残疾三级", "智力残疾四级",
            "肢体残疾四级"};
    /** The kinds of the first households in a demo grid worker's grid: lone elderly, couples, families, a disabled adult. */
    private static final int[] WORKERS_GRID_KINDS = {0, 5, 12, 20, 40, 70, 95};
    private static final String[] WORK_PLACES = {"广东东莞", "广东深圳", "浙江义乌", "江苏苏州", "福建厦门", "长沙"};

    private final HouseholdRepository households;
    private final ResidentRepository residents;
    private final VisitRepository visits;
    private final ResidentRecords records;
    private final ResidentViews views;
    private final Regions regions;
    private final AccountManagement accounts;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ResidentTallies tallies;

    private DemoPeople people;
    private LocalDate today;
    private Instant now;
    private final List<Resident> loaded = new ArrayList<>();

    ResidentDemoData(HouseholdRepository households, ResidentRepository residents, VisitRepository visits,
            ResidentRecords records, ResidentViews views, Regions regions, AccountManagement accounts,
            ApplicationEventPublisher events, Clock clock, ResidentTallies tallies) {
        this.tallies = tallies;
        this.households = households;
        this.residents = residents;
        this.visits = visits;
        this.records = records;
        this.views = views;
        this.regions = regions;
        this.accounts = accounts;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public String name() { return "residents.demo"; }

    @Override
    public int order() { return 30; }

    @Override
    public boolean demo() { return true; }

    @Override
    public void load() {
        today = LocalDate.now(clock);
        now = clock.instant();
        people = new DemoPeople(new Random(SEED), today);
        loaded.clear();
        // the seed stories took place in June and July: the latest such summer that has passed
        int year = MonthDay.from(today).isAfter(MonthDay.of(7, 2)) ? today.getYear() : today.getYear() - 1;
        dingFan(year);
        xiangYanguo(year);
        leftBehindChildren(year);
        linkedResidents();
        generated();
        households.flush();
        residents.flush();
        // written in bulk: count the figures afresh
        tallies.rebuild();
        loaded.forEach(r -> events.publishEvent(views.searchEntry(r)));
    }

    /** 网格故事：独居老人患病 社区上门分忧 (names changed by the paper: 化名). */
    private void dingFan(int y) {
        RegionRef huodian = compound("李家冲社区", "火电生活区");
        Household home = household(huodian, "火电生活区 12栋1单元302室", "一人独居");
        Resident dingFan = resident(home, "丁凡", Gender.MALE, LocalDate.of(y - 63, 3, 12), "430204", "0731-28831426",
                EnumSet.of(CareTag.ELDERLY_ALONE, CareTag.LOW_INCOME),
                "与妻子离婚后一人独居；无退休工资，无任何经济来源，与亲人关系紧张。两年前起由弟媳帮忙照顾，弟媳现已无力照顾。"
                        + "儿子丁建无正式工作，父子多年少有往来。居委会多次为其向民政部门申请临时救助，并向市总工会、市红十字会求助。"
                        + "（化名，据《株洲日报》“网格故事”）",
                "肺气肿，两年前查出；疾病反复发作，基本上每月需住院一次。", null);
        Household sons = household(compound("李家冲社区", "李家冲小区"), "李家冲小区 3栋2单元501室", null);
        resident(sons, "丁建", Gender.MALE, LocalDate.of(y - 26, 2, 18), "430204", people.mobile(), Set.of(),
                "丁凡之子，无正式工作，与父亲多年少有往来。紧急情况下的联系人。（化名）", null, null);
        UserSummary he = user("hexiaomin");
        UserSummary office = user("lijiachong");
        visit(home, dingFan, LocalDateTime.of(y - 1, 1, 9, 10, 0), he,
                "上门走访得知：丁凡与妻子离婚后独居，无退休工资，无任何经济来源，与亲人关系紧张。两年前查出肺气肿，目前由弟媳帮忙照顾。",
                "向居委会反映情况，为其申请民政临时救助。");
        visit(home, dingFan, LocalDateTime.of(y - 1, 2, 20, 15, 30), office,
                "居委会为丁凡向民政部门申请的临时救助已获批，上门告知并协助办理领取。", null);
        visit(home, dingFan, LocalDateTime.of(y - 1, 5, 14, 9, 40), he,
                "肺气肿反复发作，近两个月各住院一次。弟媳表示精力有限，照顾越来越吃力。",
                "联系市总工会、市红十字会为其寻求帮助。");
        visit(home, dingFan, LocalDateTime.of(y - 1, 9, 3, 16, 10), he,
                "疾病发作越来越频繁，基本上每月需住院一次；弟媳表示没有经济能力和精力再照顾他。尝试联系其子丁建，未接电话。",
                "居委会再次申请临时救助；继续联系丁建。");
        visit(home, dingFan, LocalDateTime.of(y - 1, 12, 18, 10, 20), he,
                "入冬后气喘加重。居委会再次为其申请到临时救助，送去棉被和常用药品。", null);
        visit(home, dingFan, LocalDateTime.of(y, 3, 12, 14, 0), he,
                "市红十字会送来慰问金。病情仍反复，精神状态较差，叮嘱按时服药。", null);
        visit(home, dingFan, LocalDateTime.of(y, 6, 7, 10, 30), he,
                "丁凡出院回家。检查家中用药情况，留下电话，有情况随时联系。", null);
        visit(home, dingFan, LocalDateTime.of(y, 6, 26, 9, 0), office,
                "出院后仅过了20天，疾病再次复发。上门发现丁凡全身浮肿，皮肤发紫，吃不下东西。亲人以无经济能力为由不愿出面。",
                "多方沟通，请医院先收治；继续做家属工作。");
        visit(home, dingFan, LocalDateTime.of(y, 7, 1, 9, 30), he,
                "在网格员一再劝说下，丁建终于同意送父亲去医院。医院先让丁凡入院接受治疗，丁建同意陪伴在父亲身边。"
                        + "有小居民主动打电话到居委会，表示愿意帮助丁凡。",
                "社区准备为丁凡开展募捐活动。");
    }

    /** 为居民理发 义务清扫楼道 退休夫妻满腔热情献小区 — 袁家湾社区 中南路49栋. */
    private void xiangYanguo(int y) {
        RegionRef building = compound("袁家湾社区", "中南路49栋");
        Household home = household(building, "中南路49栋 2单元301室", "女儿嫁在广西，夫妇俩有时去女儿家小住。");
        resident(home, "向延国", Gender.MALE, LocalDate.of(y - 74, 5, 20), "430202", people.mobile(), Set.of(),
                "原中南无线电厂退休工人，年少时当过3年学徒学理发。每天下午2点—4点在49栋楼下树荫下义务为居民理发，"
                        + "常上门为孤寡老人和残疾人义务理发。", null, null);
        resident(home, "彭月凤", Gender.FEMALE, LocalDate.of(y - 71, 9, 8), "430202", people.mobile(), Set.of(),
                "退休教师，社区“保洁护绿之星”：义务清扫单元楼道，清理枯枝落叶，为绿化带浇水修剪；与向延国一起自费为楼梯栏杆除锈上漆。",
                null, null);
        Household neighbour = household(building, "中南路49栋 1单元102室", null);
        resident(neighbour, "汤玉美", Gender.FEMALE, people.bornAged(66), "430202", people.mobile(), Set.of(), null,
                null, null);
        Household alone = household(building, "中南路49栋 3单元101室", null);
        resident(alone, "刘桂英", Gender.FEMALE, people.bornAged(84), "430202", people.landline(),
                EnumSet.of(CareTag.ELDERLY_ALONE, CareTag.DISABLED), "向延国常上门为其义务理发。", "肢体残疾三级，行走需助行器。",
                null);
    }

    /** 有爱陪伴，留守儿童假期不孤单: 19 children of 南苑、幸福、友好社区 and 道田村. */
    private void leftBehindChildren(int y) {
        String outing = y + "年7月2日参加童翼社工中心“青苗拔萃”项目组织的参观活动（中国动力谷展示中心、市传统木作文化展示基地）。";
        int[][] plan = {{2, 1, 2, 1}, {2, 2, 1}, {1, 2, 1}, {2, 1, 1}};
        String[] communities = {"南苑社区", "幸福社区", "友好社区", "道田村"};
        int difficult = 0;
        for (int c = 0; c < communities.length; c++) {
            List<RegionRef> compounds = compounds(communities[c]);
            for (int children : plan[c]) {
                boolean poor = difficult < 4 && people.chance(40);
                RegionRef place = people.pick(compounds);
                String county = county(place);
                String surname = people.surname();
                String parentsAway = people.pick(WORK_PLACES);
                Household home = household(place, address(place), poor ? "困难家庭，祖辈照看孩子" : "父母在" + parentsAway + "务工，祖辈照看孩子");
                Gender g = people.gender();
                resident(home, people.name(surname, g), g, people.bornAged(people.between(60, 74)), county,
                        people.phoneFor(65), poor ? EnumSet.of(CareTag.LOW_INCOME) : Set.of(), "孩子的祖父母", null, null);
                for (int i = 0; i < children; i++) {
                    boolean inDifficulty = poor && difficult < 4;
                    if (inDifficulty) {
                        difficult++;
                    }
                    Gender cg = people.gender();
                    int age = people.between(7, 14);
                    Set<CareTag> tags = inDifficulty ? EnumSet.of(CareTag.CHILD_IN_DIFFICULTY, CareTag.LOW_INCOME)
                            : EnumSet.of(CareTag.LEFT_BEHIND_CHILD);
                    String notes = (inDifficulty ? "家庭困难，父亲患病，母亲在外打零工。" : "父母在" + parentsAway + "务工"
                            + (people.chance(60) ? "，今年春节后还未与父母团聚" : "") + "。") + outing;
                    resident(home, people.name(surname, cg), cg, people.bornAged(age), county, people.phoneFor(age), tags,
                            notes, null, null);
                }
            }
        }
    }

    /** The demo residents' own accounts: 胡阿姨 of 小湖塘社区 (resident1) and 谢群华 of 李家冲社区 (resident2). */
    private void linkedResidents() {
        Household hu = household(compound("小湖塘社区", "嵩山小区"), "嵩山小区 7栋1单元402室", null);
        resident(hu, "胡秀兰", Gender.FEMALE, people.bornAged(68), "430211", people.mobile(), Set.of(),
                "社区学苑学员（声乐班），社区文艺骨干。", null, user("resident1").id());
        Household xie = household(compound("李家冲社区", "李家冲小区"), "李家冲小区 5栋3单元202室", null);
        resident(xie, "谢群华", Gender.MALE, people.bornAged(57), "430204", people.mobile(), Set.of(), null, null,
                user("resident2").id());
    }

    /**
     * Made-up households in every demo community with compounds. The first few of 小湖塘社区 and 李家冲社区 lie in
     * the grids of the demo grid workers, so that they have people to visit.
     */
    private void generated() {
        UserSummary xhtGrid = user("xiaohutang-grid1");
        UserSummary he = user("hexiaomin");
        for (RegionRef community : regions.within(regions.root().path(), RegionLevel.COMMUNITY)) {
            List<RegionRef> compounds = compounds(community.name());
            if (compounds.isEmpty()) {
                continue;
            }
            boolean village = community.name().endsWith("村");
            boolean xiaohutang = community.name().equals("小湖塘社区");
            List<RegionRef> workersGrid = xiaohutang ? regions.within(grid(xhtGrid).path(), RegionLevel.COMPOUND)
                    : community.name().equals("李家冲社区") ? regions.within(grid(he).path(), RegionLevel.COMPOUND)
                    : List.of();
            int count = xiaohutang ? 36 : workersGrid.isEmpty() ? 9 : 18;
            for (int i = 0; i < count; i++) {
                boolean inWorkersGrid = i < WORKERS_GRID_KINDS.length && !workersGrid.isEmpty();
                RegionRef place = inWorkersGrid ? workersGrid.get(i % workersGrid.size())
                        : people.chance(80) ? people.pick(compounds)
                        : people.pick(regions.within(community.path(), RegionLevel.GRID));
                int kind = inWorkersGrid ? WORKERS_GRID_KINDS[i] : people.between(0, 99);
                List<Resident> members = village ? village(place, kind, DONGJIADUN.contains(community.name()))
                        : town(place, kind, xiaohutang);
                UserSummary visitor = place.path().startsWith(grid(xhtGrid).path()) ? xhtGrid
                        : place.path().startsWith(grid(he).path()) ? he : null;
                if (visitor != null) {
                    routineVisits(members, visitor);
                }
            }
        }
    }

    private List<Resident> town(RegionRef place, int kind, boolean partyLectures) {
        if (kind < 10) {
            return singleElderly(place);
        }
        if (kind < 25) {
            return elderlyCouple(place, partyLectures || people.chance(20));
        }
        if (kind < 65) {
            return family(place, false);
        }
        if (kind < 75) {
            return family(place, true);
        }
        if (kind < 90) {
            return young(place);
        }
        return disabledAdult(place);
    }

    private List<Resident> village(RegionRef place, int kind, boolean outingVillage) {
        if (kind < 15) {
            return singleElderly(place);
        }
        if (kind < 30) {
            return elderlyCouple(place, people.chance(10));
        }
        if (kind < 50 && !outingVillage) {
            return grandparentsWithChildren(place);
        }
        if (kind < 85) {
            return family(place, false);
        }
        return young(place);
    }

    private List<Resident> singleElderly(RegionRef place) {
        Household h = household(place, address(place), null);
        Gender g = people.gender();
        int age = people.between(65, 92);
        Set<CareTag> tags = EnumSet.of(CareTag.ELDERLY_ALONE);
        if (people.chance(30)) {
            tags.add(CareTag.LOW_INCOME);
        }
        String health = people.pick(ELDERLY_HEALTH);
        if (people.chance(15)) {
            tags.add(CareTag.DISABLED);
            health = people.pick(DISABILITY) + "；" + health;
        }
        return List.of(resident(h, people.name(people.surname(), g), g, people.bornAged(age), county(place),
                people.phoneFor(age), tags, people.chance(50) ? "子女在外地工作，逢年过节回家。" : "老伴已去世多年。", health, null));
    }

    private List<Resident> elderlyCouple(RegionRef place, boolean homeboundMember) {
        Household h = household(place, address(place), null);
        int age = people.between(62, 85);
        Resident him = resident(h, people.name(people.surname(), Gender.MALE), Gender.MALE, people.bornAged(age),
                county(place), people.phoneFor(age),
                homeboundMember ? EnumSet.of(CareTag.HOMEBOUND_PARTY_MEMBER) : Set.of(),
                homeboundMember ? "老党员，党龄" + people.between(35, 55) + "年，行动不便，红色讲堂送学上门。" : null,
                homeboundMember ? people.pick(ELDERLY_HEALTH) : null, null);
        int hers = Math.max(60, age - people.between(0, 5));
        Resident wife = resident(h, people.name(people.surname(), Gender.FEMALE), Gender.FEMALE, people.bornAged(hers),
                county(place), people.phoneFor(hers), Set.of(), null, null, null);
        return List.of(him, wife);
    }

    /** A family of parents and one or two children; a migrant family's children are tagged as such. */
    private List<Resident> family(RegionRef place, boolean migrant) {
        boolean poor = !migrant && people.chance(8);
        Household h = household(place, address(place), migrant ? "外来务工家庭，租住" : poor ? "困难家庭，享受低保" : null);
        String surname = people.surname();
        int father = people.between(migrant ? 26 : 30, migrant ? 42 : 48);
        int mother = Math.max(22, father - people.between(0, 4));
        List<Resident> members = new ArrayList<>();
        Set<CareTag> adults = poor ? EnumSet.of(CareTag.LOW_INCOME) : Set.of();
        members.add(resident(h, people.name(surname, Gender.MALE), Gender.MALE, people.bornAged(father), county(place),
                people.phoneFor(father), adults, migrant ? "在株务工。" : null, null, null));
        members.add(resident(h, people.name(people.surname(), Gender.FEMALE), Gender.FEMALE, people.bornAged(mother),
                county(place), people.phoneFor(mother), adults, null, null, null));
        int children = people.chance(40) ? 2 : 1;
        for (int i = 0; i < children; i++) {
            Gender g = people.gender();
            int age = Math.min(17, people.between(0, Math.max(0, mother - 22)));
            Set<CareTag> tags = EnumSet.noneOf(CareTag.class);
            if (migrant) {
                tags.add(CareTag.MIGRANT_WORKER_CHILD);
            }
            if (poor) {
                tags.add(CareTag.LOW_INCOME);
                if (people.chance(50)) {
                    tags.add(CareTag.CHILD_IN_DIFFICULTY);
                }
            }
            members.add(resident(h, people.name(surname, g), g, people.bornAged(age), county(place), people.phoneFor(age),
                    tags, migrant && age >= 6 ? "随父母在株就读。" : null, null, null));
        }
        if (!migrant && people.chance(20)) {
            int age = people.between(65, 85);
            Gender g = people.gender();
            members.add(resident(h, people.name(g == Gender.MALE ? surname : people.surname(), g), g, people.bornAged(age),
                    county(place), people.phoneFor(age), adults, null, null, null));
        }
        return members;
    }

    /** 留守儿童 in a village: grandparents look after the children while the parents work far away. */
    private List<Resident> grandparentsWithChildren(RegionRef place) {
        String away = people.pick(WORK_PLACES);
        Household h = household(place, address(place), "父母在" + away + "务工，祖辈照看孩子");
        String surname = people.surname();
        List<Resident> members = new ArrayList<>();
        int grandfather = people.between(58, 75);
        members.add(resident(h, people.name(surname, Gender.MALE), Gender.MALE, people.bornAged(grandfather),
                county(place), people.phoneFor(grandfather), Set.of(), null, null, null));
        int children = people.between(1, 2);
        for (int i = 0; i < children; i++) {
            Gender g = people.gender();
            int age = people.between(4, 15);
            members.add(resident(h, people.name(surname, g), g, people.bornAged(age), county(place), people.phoneFor(age),
                    EnumSet.of(CareTag.LEFT_BEHIND_CHILD), "父母在" + away + "务工。", null, null));
        }
        return members;
    }

    private List<Resident> young(RegionRef place) {
        Household h = household(place, address(place), null);
        List<Resident> members = new ArrayList<>();
        Gender g = people.gender();
        int age = people.between(22, 35);
        members.add(resident(h, people.name(people.surname(), g), g, people.bornAged(age), county(place),
                people.phoneFor(age), Set.of(), null, null, null));
        if (people.chance(50)) {
            Gender other = g == Gender.MALE ? Gender.FEMALE : Gender.MALE;
            int age2 = Math.max(20, age + people.between(-3, 3));
            members.add(resident(h, people.name(people.surname(), other), other, people.bornAged(age2), county(place),
                    people.phoneFor(age2), Set.of(), null, null, null));
        }
        return members;
    }

    private List<Resident> disabledAdult(RegionRef place) {
        boolean poor = people.chance(50);
        Household h = household(place, address(place), poor ? "困难家庭" : null);
        String surname = people.surname();
        Set<CareTag> family = poor ? EnumSet.of(CareTag.LOW_INCOME) : EnumSet.noneOf(CareTag.class);
        int parentAge = people.between(58, 80);
        Gender pg = people.gender();
        Resident parent = resident(h, people.name(pg == Gender.MALE ? surname : people.surname(), pg), pg,
                people.bornAged(parentAge), county(place), people.phoneFor(parentAge), family, "照顾残疾子女。", null, null);
        Set<CareTag> tags = EnumSet.copyOf(family);
        tags.add(CareTag.DISABLED);
        Gender g = people.gender();
        int age = people.between(20, Math.max(21, parentAge - 22));
        Resident child = resident(h, people.name(surname, g), g, people.bornAged(age), county(place), people.phoneFor(age),
                tags, null, people.pick(DISABILITY), null);
        return List.of(parent, child);
    }

    /** A grid worker's routine calls on the elderly and the families that need care in their grid. */
    private void routineVisits(List<Resident> members, UserSummary visitor) {
        for (Resident r : members) {
            Set<CareTag> tags = r.getCareTags();
            if (tags.contains(CareTag.ELDERLY_ALONE)) {
                visit(r.getHousehold(), r, daysAgo(people.between(70, 150)), visitor,
                        "上门了解近况，身体状况稳定，生活能自理。检查了家中燃气和用电安全。", null);
                visit(r.getHousehold(), r, daysAgo(people.between(10, 60)), visitor,
                        "老人腿脚不便，希望有人帮忙代购常用药品。", "联系志愿者每周代购一次药品。");
            } else if (tags.contains(CareTag.HOMEBOUND_PARTY_MEMBER)) {
                visit(r.getHousehold(), r, daysAgo(people.between(15, 90)), visitor,
                        "红色讲堂上门，为老党员讲解党课，老人精神很好。", null);
            } else if (tags.contains(CareTag.LOW_INCOME) || tags.contains(CareTag.DISABLED)) {
                visit(r.getHousehold(), null, daysAgo(people.between(20, 120)), visitor,
                        "走访困难家庭，了解生活和就医情况，送去社区慰问品。", "协助申请临时救助。");
                return;
            }
        }
    }

    private LocalDateTime daysAgo(int days) {
        return today.minusDays(days).atTime(people.between(9, 16), people.between(0, 5) * 10);
    }

    private Household household(RegionRef place, String address, String notes) {
        Placement placement = place.level() == RegionLevel.COMPOUND
                ? new Placement(place.id(), regions.ancestorAt(place.regionId(), RegionLevel.GRID).orElseThrow().id(),
                        place.id(), place.path())
                : new Placement(null, place.id(), place.id(), place.path());
        return households.save(new Household(placement, address, notes, now));
    }

    private Resident resident(Household household, String name, Gender gender, LocalDate birthDate, String county,
            String phone, Set<CareTag> tags, String notes, String health, Long userId) {
        String idNumber = people.idNumber(county, birthDate, gender);
        List<FieldRefusal> refusals = new ArrayList<>();
        PersonalRecord record = records.check(new ResidentFields(household.getId(), name, gender, birthDate, idNumber,
                phone, tags, notes, health, userId), today, refusals)
                .orElseThrow(() -> new IllegalStateException("Demo resident " + name + " refused: " + refusals));
        Resident r = residents.save(new Resident(household, record, now));
        loaded.add(r);
        return r;
    }

    private void visit(Household household, Resident resident, LocalDateTime at, UserSummary visitor, String findings,
            String followUp) {
        Instant when = at.atZone(TimeConfiguration.ZONE).toInstant();
        visits.save(new Visit(household, resident, when, visitor.id(), visitor.displayName(), findings, followUp != null,
                followUp, null, when));
    }

    private String address(RegionRef place) {
        if (place.level() == RegionLevel.COMPOUND) {
            if (place.name().endsWith("组") || place.name().endsWith("片")) {
                return place.name() + " " + people.between(1, 60) + "号";
            }
            return place.name() + " " + people.between(1, 24) + "栋" + people.between(1, 4) + "单元"
                    + people.between(1, 7) + "0" + people.between(1, 4) + "室";
        }
        RegionRef community = regions.ancestorAt(place.regionId(), RegionLevel.COMMUNITY).orElseThrow();
        if (community.name().endsWith("村")) {
            return community.name() + people.between(3, 9) + "组 " + people.between(1, 60) + "号";
        }
        return people.pick(ROADS) + people.between(1, 300) + "号";
    }

    private String county(RegionRef place) {
        return regions.ancestorAt(place.regionId(), RegionLevel.DISTRICT).orElseThrow().code().substring(0, 6);
    }

    private List<RegionRef> compounds(String communityName) {
        RegionRef community = regions.search(communityName, RegionLevel.COMMUNITY, 1).stream()
                .filter(r -> r.name().equals(communityName)).findFirst()
                .orElseThrow(() -> new IllegalStateException("Demo community missing: " + communityName));
        return regions.within(community.path(), RegionLevel.COMPOUND);
    }

    private RegionRef compound(String communityName, String compoundName) {
        return compounds(communityName).stream().filter(r -> r.name().equals(compoundName)).findFirst()
                .orElseThrow(() -> new IllegalStateException("Demo compound missing: " + compoundName));
    }

    private RegionRef grid(UserSummary user) {
        return regions.get(new RegionId(user.regionId()));
    }

    private UserSummary user(String username) {
        return accounts.findByUsername(username)
                .orElseThrow(() -> new IllegalStateException("Demo account missing: " + username));
    }
}
