package org.civicgrid.residents.internal;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.civicgrid.residents.Gender;
import org.civicgrid.residents.IdNumberPolicy;

/**
 * Plausible made-up people for the demo data, from a seeded random source: Hunan surnames, given
 * names, valid ID numbers of the household's county (4302xx), mainland mobiles and Zhuzhou landlines
 * (area code 0731). No real person is meant.
 */
final class DemoPeople {

    private static final String[] SURNAMES = ("刘 李 陈 王 张 周 彭 谭 黄 罗 唐 邓 肖 易 贺 曾 龙 胡 杨 赵 吴 文 袁 何 蒋 谢 "
            + "朱 廖 颜 邹 段 钟 向 汪 姚 石 毛 卢 郭 孙 曹 邱 田 付 欧 雷 尹 阳 颜 戴 聂").split(" ");
    private static final String[] MALE = ("建 国 军 伟 强 平 明 华 勇 志 文 斌 杰 涛 磊 鹏 辉 波 刚 海 峰 林 东 亮 超 宇 浩 俊 "
            + "轩 博 睿 宏 德 福 兴 湘 春 松 鑫 晨 阳 凯 毅 铭").split(" ");
    private static final String[] FEMALE = ("芳 丽 娟 敏 静 燕 秀 英 红 霞 玲 梅 兰 萍 婷 雪 琳 欣 怡 佳 雨 思 桂 凤 珍 莲 月 "
            + "春 慧 颖 琴 艳 洁 蓉 彤 璐 晴 妍").split(" ");
    private static final String[] MOBILE_PREFIXES = {"133", "135", "136", "137", "138", "139", "150", "151", "152", "158",
            "159", "173", "177", "180", "186", "187", "189", "199"};

    private final Random random;
    private final LocalDate today;
    private final Set<String> idNumbers = new HashSet<>();

    DemoPeople(Random random, LocalDate today) {
        this.random = random;
        this.today = today;
    }

    String surname() {
        return pick(SURNAMES);
    }

    String name(String surname, Gender gender) {
        String[] chars = gender == Gender.MALE ? MALE : FEMALE;
        String given = pick(chars);
        if (random.nextInt(3) > 0) {
            String second = pick(chars);
            if (!second.equals(given)) {
                given += second;
            }
        }
        return surname + given;
    }

    Gender gender() {
        return random.nextBoolean() ? Gender.MALE : Gender.FEMALE;
    }

    /** A birth date giving exactly {@code age} years today. */
    LocalDate bornAged(int age) {
        return today.minusYears(age).minusDays(1 + random.nextInt(360));
    }

    /** A valid, unique ID number registered in {@code county} (six digits, e.g. 430204). */
    String idNumber(String county, LocalDate birthDate, Gender gender) {
        String base = county + birthDate.format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE);
        while (true) {
            int order = random.nextInt(100) * 10 + random.nextInt(5) * 2 + (gender == Gender.MALE ? 1 : 0);
            String first17 = base + String.format("%03d", order);
            String number = first17 + IdNumberPolicy.checkCharacter(first17);
            if (idNumbers.add(number)) {
                return number;
            }
        }
    }

    /** Remembers a number given by hand (a story's), so no generated one collides with it. */
    void reserve(String idNumber) {
        idNumbers.add(idNumber);
    }

    String mobile() {
        return pick(MOBILE_PREFIXES) + String.format("%08d", random.nextInt(100_000_000));
    }

    /** A Zhuzhou landline: 0731, then eight digits starting with 2. */
    String landline() {
        return "0731-2" + String.format("%07d", random.nextInt(10_000_000));
    }

    /** A phone as people of this age have one: none for small children, often a landline for the very old. */
    String phoneFor(int age) {
        if (age < 14 || (age < 18 && random.nextInt(10) < 6)) {
            return null;
        }
        if (age >= 70) {
            int r = random.nextInt(10);
            return r < 4 ? landline() : r < 8 ? mobile() : null;
        }
        return mobile();
    }

    int between(int from, int to) {
        return from + random.nextInt(to - from + 1);
    }

    boolean chance(int percent) {
        return random.nextInt(100) < percent;
    }

    <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    String pick(String[] items) {
        return items[random.nextInt(items.length)];
    }
}
