package org.civicgrid.volunteering.internal;

import java.sql.Date;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.civicgrid.access.AccountManagement;
import org.civicgrid.access.AccountManagement.CreateUser;
import org.civicgrid.access.UserSummary;
import org.civicgrid.region.RegionLevel;
import org.civicgrid.region.RegionRef;
import org.civicgrid.region.Regions;
import org.civicgrid.shared.demo.StartupDataset;
import org.civicgrid.shared.time.TimeConfiguration;
import org.civicgrid.volunteering.ActivityManagement;
import org.civicgrid.volunteering.ActivityManagement.CreateActivity;
import org.civicgrid.volunteering.ActivityType;
import org.civicgrid.volunteering.IdType;
import org.civicgrid.volunteering.TeamKind;
import org.civicgrid.volunteering.VolunteerManagement;
import org.civicgrid.volunteering.VolunteerManagement.CreateTeam;
import org.civicgrid.volunteering.VolunteerManagement.RegisterVolunteer;
import org.civicgrid.volunteering.Views.ActivityView;
import org.civicgrid.volunteering.Views.TeamView;
import org.civicgrid.volunteering.Views.VolunteerView;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The seeds' volunteers (株洲日报): 向延国's free haircuts under 中南路49栋 in 袁家湾社区 (2 hours a day, 14:00–16:00),
 * 彭月凤 cleaning stairwells, 张满珍's 环卫工驿站爱心早餐项目 (since early 2018, 126,000 free breakfasts for 300+
 * sanitation workers — generated as daily counts that add up to exactly 126,000), and the civilian river chiefs.
 */
@Component
class VolunteeringDemoData implements StartupDataset {

    static final String PASSWORD = "demo-2026";
    /** 12.6万余份 — what the breakfast project's daily records add up to. */
    static final int BREAKFASTS = 126_000;
    static final LocalDate BREAKFAST_START = LocalDate.of(2018, 1, 15);
    static final LocalDate BREAKFAST_LAST = LocalDate.of(2023, 5, 7);

    private final AccountManagement accounts;
    private final VolunteerManagement volunteers;
    private final ActivityManagement activities;
    private final ProjectRepository projects;
    private final JdbcTemplate jdbc;
    private final Regions regions;
    private final Clock clock;

    VolunteeringDemoData(AccountManagement accounts, VolunteerManagement volunteers, ActivityManagement activities,
            ProjectRepository projects, JdbcTemplate jdbc, Regions regions, Clock clock) {
        this.accounts = accounts;
        this.volunteers = volunteers;
        this.activities = activities;
        this.projects = projects;
        this.jdbc = jdbc;
        this.regions = regions;
        this.clock = clock;
    }

    @Override
    public String name() { return "volunteering.demo"; }

    @Override
    public int order() { return 50; }

    @Override
    public boolean demo() { return true; }

    @Override
    public void load() {
        RegionRef yuanjiawan = region("袁家湾社区", RegionLevel.COMMUNITY);
        RegionRef lukou = region("渌口区", RegionLevel.DISTRICT);
        RegionRef city = region("株洲市", RegionLevel.CITY);
        RegionRef xiaohutang = region("小湖塘社区", RegionLevel.COMMUNITY);

        UserSummary xiangUser = user("xiangyanguo", "向延国", yuanjiawan);
        UserSummary pengUser = user("pengyuefeng", "彭月凤", yuanjiawan);
        UserSummary zhangUser = user("zhangmanzhen", "张满珍", lukou);
        VolunteerView xiang = volunteers.enrol(new RegisterVolunteer("向延国", IdType.RESIDENT_ID_CARD,
                "430202194903152710", "13907331849", xiangUser.id(), null, Set.of("理发", "上门理发"),
                "每天下午 14:00–16:00（雨雪天除外）", null), yuanjiawan.id());
        VolunteerView peng = volunteers.enrol(new RegisterVolunteer("彭月凤", IdType.RESIDENT_ID_CARD,
                "430202195108242324", "13973392051", pengUser.id(), null, Set.of("楼道保洁", "绿化养护", "除锈刷漆"),
                "每周六上午", null), yuanjiawan.id());
        VolunteerView zhang = volunteers.enrol(new RegisterVolunteer("张满珍", IdType.RESIDENT_ID_CARD,
                "430221196805126023", "13607330612", zhangUser.id(), null, Set.of("组织协调", "餐饮"),
                "每天清晨 5:00–7:30", null), lukou.id());

        TeamView yuanjiawanTeam = volunteers.createTeamUnchecked(new CreateTeam("袁家湾社区志愿服务队", TeamKind.GENERAL,
                null, "袁家湾社区居民委员会", "刘晓红", "0731-28451203", null), yuanjiawan.id());
        volunteers.addToTeamUnchecked(yuanjiawanTeam.id(), xiang.id());
        volunteers.addToTeamUnchecked(yuanjiawanTeam.id(), peng.id());
        TeamView boai = volunteers.createTeamUnchecked(new CreateTeam("博爱志愿者联合会", TeamKind.GENERAL, null,
                "渌口区博爱志愿者联合会", "张满珍", "13607330612", null), lukou.id());
        volunteers.addToTeamUnchecked(boai.id(), zhang.id());
        TeamView riverChiefs = volunteers.createTeamUnchecked(new CreateTeam("株洲市民间河长志愿服务队",
                TeamKind.CIVILIAN_RIVER_CHIEFS, null, "株洲市河长制工作委员会办公室", "市河长办", "0731-28686120", null),
                city.id());

        LocalDate today = LocalDate.now(clock);
        // 向延国: 2 hours of free haircuts a day under 中南路49栋 — the reporter's visit on 3 July and the last weeks.
        List<LocalDate> haircutDays = new ArrayList<>();
        for (int d = 1; d <= 3; d++) {
            haircutDays.add(LocalDate.of(2023, 7, d));
        }
        for (int d = 14; d >= 1; d--) {
            haircutDays.add(today.minusDays(d));
        }
        Random weather = new Random(49);
        for (LocalDate day : haircutDays) {
            ActivityView a = haircut(day, yuanjiawan, yuanjiawanTeam, xiangUser);
            if (weather.nextInt(10) > 0) { // no stall on rainy or snowy days
                activities.recordServiceUnchecked(a.id(), xiang.id(), at(day, 14, 0), at(day, 16, 0));
            }
        }
        for (int d = 0; d <= 6; d++) {
            haircut(today.plusDays(d), yuanjiawan, yuanjiawanTeam, xiangUser);
        }
        // 彭月凤: stairwell cleaning on Saturday mornings.
        LocalDate saturday = today.with(java.time.temporal.TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY));
        for (int w = 8; w >= -2; w--) {
            LocalDate day = saturday.minusWeeks(w);
            ActivityView a = activities.createUnchecked(new CreateActivity("义务清扫楼道、浇水护绿", ActivityType.ENVIRONMENT,
                    "清扫单元楼道、清理路边枯枝落叶、为绿化带浇水修剪。欢迎邻居一起参加。", "中南路49栋及周边", 27.8583, 113.1584,
                    200, at(day, 8, 0), at(day, 10, 0), 10, yuanjiawanTeam.id(), null, "袁家湾社区居民委员会", "刘晓红",
                    "0731-28451203", null), yuanjiawan.id(), pengUser.id(), "system");
            if (day.isBefore(today)) {
                activities.recordServiceUnchecked(a.id(), peng.id(), at(day, 8, 0), at(day, 10, 15));
            }
        }
        // A civilian river chiefs' clean-up, open for sign-ups.
        activities.createUnchecked(new CreateActivity("湘江巡河净滩", ActivityType.RIVER_PROTECTION,
                "沿湘江风光带巡河、捡拾垃圾、劝导不文明行为，发放保护饮用水水源宣传册。", "湘江风光带（芦淞大桥下）", 27.8195,
                113.1395, 300, at(today.plusDays(5), 8, 30), at(today.plusDays(5), 11, 30), 30, riverChiefs.id(), null,
                "株洲市河长制工作委员会办公室", "市河长办", "0731-28686120", null), city.id(), null, "system");
        // Micro-services in 小湖塘社区 that in-post party members can sign up for this month.
        activities.createUnchecked(new CreateActivity("文明实践微服务：小区环境大扫除", ActivityType.CIVILIZATION_MICRO_SERVICE,
                "清理楼道堆放杂物、小区公共区域卫生，劝导文明停车。", "小湖塘社区居委会门前集合", 27.8300, 113.0900, 200,
                at(today.plusDays(2), 9, 0), at(today.plusDays(2), 11, 0), 20, null, null, "小湖塘社区居民委员会", "冯芳",
                "0731-22881306", null), xiaohutang.id(), null, "system");

        breakfastProject(boai, lukou);
    }

    private ActivityView haircut(LocalDate day, RegionRef community, TeamView team, UserSummary organiser) {
        return activities.createUnchecked(new CreateActivity("义务理发", ActivityType.CONVENIENCE,
                "向延国在中南路49栋楼下树荫下为居民免费理发，行动不便的老人和残疾人可预约上门。", "袁家湾社区中南路49栋楼下",
                27.8583, 113.1584, 150, at(day, 14, 0), at(day, 16, 0), 12, team.id(), null, "袁家湾社区居民委员会",
                "刘晓红", "0731-28451203", null), community.id(), organiser.id(), "system");
    }

    /** Daily breakfast counts from 15 Jan 2018 to 7 May 2023 that add up to exactly {@value #BREAKFASTS}. */
    private void breakfastProject(TeamView team, RegionRef district) {
        Project p = projects.save(new Project("环卫工驿站爱心早餐项目", team.id(),
                "每天清晨为淞口区（渌口区）当班的环卫工友免费提供一份热乎的爱心早餐。", "份", 312, BREAKFAST_START,
                district.id(), district.path(), clock.instant()));
        projects.flush();
        List<Object[]> rows = new ArrayList<>();
        for (int[] day : breakfastDays(new Random(2018))) {
            LocalDate served = BREAKFAST_START.plusDays(day[0]);
            rows.add(new Object[] {p.getId(), Date.valueOf(served), day[1], day[2]});
        }
        jdbc.batchUpdate("insert into volunteer_project_day (project_id, served_on, servings, volunteers) values (?, ?, ?, ?)",
                rows);
    }

    /** [day offset, servings, volunteers]: most days served, a few missed, growing over the years; exact total. */
    static List<int[]> breakfastDays(Random random) {
        List<int[]> days = new ArrayList<>();
        long span = java.time.temporal.ChronoUnit.DAYS.between(BREAKFAST_START, BREAKFAST_LAST);
        for (int d = 0; d <= span; d++) {
            if (d == span || random.nextInt(100) >= 6) {
                days.add(new int[] {d, 0, 3 + random.nextInt(4)});
            }
        }
        double[] weight = new double[days.size()];
        double total = 0;
        for (int i = 0; i < days.size(); i++) {
            weight[i] = (0.7 + 0.6 * i / days.size()) * (0.85 + 0.3 * random.nextDouble());
            total += weight[i];
        }
        int sum = 0;
        for (int i = 0; i < days.size(); i++) {
            days.get(i)[1] = (int) Math.floor(BREAKFASTS * weight[i] / total);
            sum += days.get(i)[1];
        }
        for (int i = days.size() - 1; sum < BREAKFASTS; i--) {
            days.get(i)[1]++;
            sum++;
        }
        return days;
    }

    private UserSummary user(String username, String name, RegionRef region) {
        return accounts.registerDemo(new CreateUser(username, PASSWORD, name, Set.of("VOLUNTEER"), region.id()));
    }

    private static Instant at(LocalDate day, int hour, int minute) {
        return day.atTime(LocalTime.of(hour, minute)).atZone(TimeConfiguration.ZONE).toInstant();
    }

    private RegionRef region(String name, RegionLevel level) {
        return regions.search(name, level, 5).stream().filter(r -> r.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalStateException("Demo region missing: " + name));
    }
}
