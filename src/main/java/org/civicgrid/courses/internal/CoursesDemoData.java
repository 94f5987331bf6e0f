package org.civicgrid.courses.internal;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Set;

import org.civicgrid.access.AccountManagement;
import org.civicgrid.access.AccountManagement.CreateUser;
import org.civicgrid.access.UserSummary;
import org.civicgrid.courses.CounsellingManagement;
import org.civicgrid.courses.CounsellorView;
import org.civicgrid.courses.CourseId;
import org.civicgrid.courses.CourseManagement;
import org.civicgrid.courses.CourseManagement.CreateCourse;
import org.civicgrid.courses.CourseView;
import org.civicgrid.region.RegionLevel;
import org.civicgrid.region.RegionRef;
import org.civicgrid.region.Regions;
import org.civicgrid.shared.demo.StartupDataset;
import org.civicgrid.shared.time.TimeConfiguration;
import org.springframework.stereotype.Component;

/**
 * The seeds' classes: 小湖塘社区学苑 (声乐、非洲鼓、书法、舞蹈、微信学习班 — "每次来上课要抢位置"), the 四点半课堂
 * and 儿童快乐之家 run with the 同心 social-work centre, the mobile 红色讲堂 (also in members' homes), the 市妇联's
 * 稻花香读书会 in 湘江村 (1–2 evenings a week all summer), and the counselling room's two level-2 counsellors.
 * Dates follow today, so the demo always has classes open for enrolment.
 */
@Component
class CoursesDemoData implements StartupDataset {

    static final String PASSWORD = "demo-2026";

    private final CourseManagement courses;
    private final CourseSessionRepository sessions;
    private final CounsellingManagement counselling;
    private final CounsellingSlotRepository slots;
    private final AccountManagement accounts;
    private final Regions regions;
    private final Clock clock;

    CoursesDemoData(CourseManagement courses, CourseSessionRepository sessions, CounsellingManagement counselling,
            CounsellingSlotRepository slots, AccountManagement accounts, Regions regions, Clock clock) {
        this.courses = courses;
        this.sessions = sessions;
        this.counselling = counselling;
        this.slots = slots;
        this.accounts = accounts;
        this.regions = regions;
        this.clock = clock;
    }

    @Override
    public String name() { return "courses.demo"; }

    @Override
    public int order() { return 60; }

    @Override
    public boolean demo() { return true; }

    @Override
    public void load() {
        RegionRef xiaohutang = community("小湖塘社区");
        RegionRef xiangjiang = community("湘江村");
        LocalDate today = LocalDate.now(clock.withZone(TimeConfiguration.ZONE));
        LocalDate termStart = today.minusWeeks(2);
        LocalDate termEnd = today.plusMonths(4);
        String term = today.getYear() + (today.getMonthValue() >= 8 || today.getMonthValue() == 1 ? "年秋季班" : "年春季班");

        CourseView singing = open(xiaohutang, "声乐班", 30, "FIRST_COME", true, termStart, termEnd, "COMMUNITY_ACADEMY",
                "社区学苑的老牌课程，练气息、学合唱，学员多次登上市级、省级文艺舞台。", term, "小湖塘社区学苑",
                "嵩山路街道文体中心 二楼排练厅", null, 50, null);
        weekly(singing, termStart, termEnd, DayOfWeek.WEDNESDAY, LocalTime.of(9, 0), 90, "合唱练习");
        CourseView drum = open(xiaohutang, "非洲鼓班", 20, "FIRST_COME", false, termStart, termEnd, "COMMUNITY_ACADEMY",
                "从基本节奏学起，零基础可报。鼓由学苑提供。", term, "小湖塘社区学苑", "嵩山路街道文体中心 一楼活动室",
                null, 45, null);
        weekly(drum, termStart, termEnd, DayOfWeek.TUESDAY, LocalTime.of(15, 0), 90, "节奏练习");
        CourseView calligraphy = open(xiaohutang, "书法班", 25, "FIRST_COME", true, termStart, termEnd,
                "COMMUNITY_ACADEMY", "楷书入门到行书临帖，笔墨纸砚自备。", term, "小湖塘社区学苑", "小湖塘养老中心 书画室",
                null, 50, null);
        weekly(calligraphy, termStart, termEnd, DayOfWeek.THURSDAY, LocalTime.of(9, 30), 120, "临帖");
        // The class residents queue for: seats by lottery, drawn in public in three days' time.
        ZonedDateTime draw = today.plusDays(3).atTime(12, 0).atZone(TimeConfiguration.ZONE);
        CourseView dance = open(xiaohutang, "舞蹈班", 30, "LOTTERY", true, today.plusDays(7), today.plusMonths(4),
                "COMMUNITY_ACADEMY", "报名人数多、每次上课要抢位置，本期改为公开抽签分配席位，未中签者按抽签顺序候补。", term,
                "小湖塘社区学苑", "嵩山路街道文体中心 舞蹈室", draw.toOffsetDateTime(), 50, null);
        CourseView wechat = open(xiaohutang, "微信学习班", 20, "FIRST_COME", true, termStart, termEnd,
                "COMMUNITY_ACADEMY", "手把手教老年朋友用微信：视频通话、扫码付款、看社区公众号、网上办事。", term,
                "小湖塘社区学苑", "社区居委会 电脑室", null, 55, null);
        weekly(wechat, termStart, termEnd, DayOfWeek.FRIDAY, LocalTime.of(9, 30), 90, "智能手机实用课");
        CourseView afterSchool = open(xiaohutang, "四点半课堂", 40, "FIRST_COME", true, termStart, termEnd,
                "AFTER_SCHOOL", "放学后到家长下班前，社工和志愿者陪孩子写作业、读书、做游戏，解决上班族接孩子难。", term,
                "株洲市同心社会工作服务中心", "社区居委会 一楼活动室", null, 6, 12);
        for (DayOfWeek d : Set.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY)) {
            weekly(afterSchool, today.minusDays(6), today.plusDays(13), d, LocalTime.of(16, 30), 120, "作业辅导");
        }
        open(xiaohutang, "儿童快乐之家·兴趣小组", 30, "FIRST_COME", true, termStart, termEnd, "CHILDREN_HOME",
                "社区“五老”和党员志愿者为青少年量身打造：兴趣培养、成长疏导、学业指导、隔代教育讲座。", term,
                "小湖塘社区儿童快乐之家", "社区居委会 二楼", null, 6, 16);
        CourseView lecture = open(xiaohutang, "红色讲堂·流动党课", 60, "FIRST_COME", false, termStart, termEnd,
                "PARTY_LECTURE", "“党员在哪，红色讲堂就设在哪里。”每月一次集中党课，并送学上门，让行动不便的党员在家也能听党课。",
                term, "小湖塘社区党总支", "社区党员活动室", null, null, null);
        session(lecture, today.minusDays(10).atTime(9, 0), 90, "社区党员活动室", "学习党章，讲身边的先进事迹", false, null);
        session(lecture, today.plusDays(4).atTime(15, 0), 60, "第 7 网格 某小区 3 栋", "送学上门：读原著、谈体会", true,
                "行动不便的老党员");
        session(lecture, today.plusDays(18).atTime(9, 0), 90, "社区党员活动室", "在职党员进社区：文明实践微服务", false, null);

        // 稻花香读书会: 市妇联 in 湘江村, 1–2 evenings a week for the whole summer holiday.
        int summer = today.getMonthValue() > 8 ? today.getYear() + 1 : today.getYear();
        LocalDate from = LocalDate.of(summer, 7, 1).isBefore(today) ? today : LocalDate.of(summer, 7, 1);
        LocalDate to = LocalDate.of(summer, 8, 31);
        CourseView reading = open(xiangjiang, "稻花香读书会（亲子共读）", 40, "FIRST_COME", true, from, to, "READING_CLUB",
                "放下手机，亲子共读。暑假每周一到两晚，邀请名师带领家长和孩子朗读国文经典。", summer + "年暑期",
                "株洲市妇女联合会", "湘江村村委会会议室", null, null, null);
        weekly(reading, from, to, DayOfWeek.TUESDAY, LocalTime.of(19, 0), 120, "亲子共读");
        weekly(reading, from, to, DayOfWeek.SATURDAY, LocalTime.of(19, 0), 120, "名师朗读国文经典");

        UserSummary resident1 = accounts.findByUsername("resident1").orElseThrow();
        courses.enrolFor(new CourseId(singing.id()), resident1);
        courses.enrolFor(new CourseId(dance.id()), resident1);

        counsellors(xiaohutang, today);
    }

    /** Two level-2 counsellors of the 同心 social-work centre, and a week of afternoon slots. */
    private void counsellors(RegionRef community, LocalDate today) {
        CounsellorView first = counselling.register(account("counsellor1", "周心怡"), CounsellingManagement.LEVEL_TWO, community);
        CounsellorView second = counselling.register(account("counsellor2", "李静"), CounsellingManagement.LEVEL_TWO, community);
        int added = 0;
        for (LocalDate d = today.plusDays(1); added < 5; d = d.plusDays(1)) {
            if (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
                continue;
            }
            CounsellorView who = added % 2 == 0 ? first : second;
            for (int i = 0; i < 3; i++) {
                ZonedDateTime start = d.atTime(14, 0).plusMinutes(60L * i).atZone(TimeConfiguration.ZONE);
                slots.save(new CounsellingSlot(who.id(), community.id(), community.path(), start.toInstant(),
                        start.plusMinutes(50).toInstant(), "心理咨询室（社区居委会三楼）"));
            }
            added++;
        }
        slots.flush();
    }

    private UserSummary account(String username, String name) {
        return accounts.registerDemo(new CreateUser(username, PASSWORD, name, Set.of("VOLUNTEER"),
                community("小湖塘社区").id()));
    }

    private CourseView open(RegionRef community, String title, int capacity, String rule, boolean waitingList,
            LocalDate startsOn, LocalDate endsOn, String programme, String description, String term, String organiser,
            String place, OffsetDateTime lotteryAt, Integer minAge, Integer maxAge) {
        return courses.register(new CreateCourse(title, capacity, rule, waitingList, startsOn, endsOn, programme,
                description, term, organiser, place, lotteryAt, minAge, maxAge, null), community, "xiaohutang");
    }

    private void weekly(CourseView course, LocalDate from, LocalDate to, DayOfWeek day, LocalTime at, int minutes,
            String topic) {
        for (SessionSchedule.Slot slot : SessionSchedule.weekly(from, to, Set.of(day), at, Duration.ofMinutes(minutes))) {
            sessions.save(new CourseSession(course.id(), course.regionPath(), slot.startsAt().toInstant(),
                    slot.endsAt().toInstant(), course.place(), topic, false, null));
        }
        sessions.flush();
    }

    private void session(CourseView course, LocalDateTime at, int minutes, String place, String topic,
            boolean home, String host) {
        ZonedDateTime start = at.atZone(TimeConfiguration.ZONE);
        sessions.saveAndFlush(new CourseSession(course.id(), course.regionPath(), start.toInstant(),
                start.plusMinutes(minutes).toInstant(), place, topic, home, host));
    }

    private RegionRef community(String name) {
        return regions.search(name, RegionLevel.COMMUNITY, 1).stream().filter(r -> r.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalStateException("Demo region missing: " + name));
    }
}
