package org.civicgrid.residents;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;

import org.civicgrid.residents.internal.Resident;
import org.civicgrid.residents.internal.ResidentRepository;
import org.civicgrid.support.Api;
import org.civicgrid.support.IntegrationTest;
import org.civicgrid.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.JsonNode;

@IntegrationTest
class ResidentDemoDataIntegrationTests {

    @Autowired
    Api api;

    @Autowired
    TestUsers users;

    @Autowired
    ResidentRepository residents;

    private JsonNode only(String user, String name) {
        JsonNode items = api.get(user, "/api/v1/residents?name={n}", name).body().path("items");
        assertThat(items.size()).as(name).isEqualTo(1);
        return api.get(user, "/api/v1/residents/{id}", items.get(0).path("id").asLong()).body();
    }

    @Test
    void ding_fan_lives_alone_in_the_power_plant_quarter_and_he_xiaomin_has_visited_him_for_a_year_and_a_half() {
        JsonNode dingFan = only("hexiaomin", "丁凡");
        JsonNode visits = api.get("hexiaomin", "/api/v1/residents/{id}/visits?size=50", dingFan.path("id").asLong())
                .body().path("items");

        assertThat(dingFan.path("compound_name").asString()).isEqualTo("火电生活区");
        assertThat(dingFan.path("community_name").asString()).isEqualTo("李家冲社区");
        assertThat(dingFan.path("care_tags").toString()).contains("ELDERLY_ALONE").contains("LOW_INCOME");
        assertThat(dingFan.path("health_notes").asString()).contains("肺气肿");
        assertThat(visits.size()).isGreaterThanOrEqualTo(8);
        JsonNode hospital = visits.get(0);
        LocalDate july1 = LocalDate.parse(hospital.path("visited_at").asString().substring(0, 10));
        assertThat(july1.getMonthValue()).isEqualTo(7);
        assertThat(july1.getDayOfMonth()).isEqualTo(1);
        assertThat(hospital.path("visitor_name").asString()).isEqualTo("贺晓敏");
        assertThat(hospital.path("findings").asString()).contains("丁建终于同意送父亲去医院");
        assertThat(visits.get(1).path("visited_at").asString()).contains("-06-26T");
        assertThat(visits.get(1).path("findings").asString()).contains("全身浮肿");
        LocalDate first = LocalDate.parse(visits.get(visits.size() - 1).path("visited_at").asString().substring(0, 10));
        assertThat(Period.between(first, july1).toTotalMonths()).isGreaterThanOrEqualTo(17);
        assertThat(Period.between(LocalDate.parse(dingFan.path("birth_date").asString()), july1).getYears()).isEqualTo(63);
    }

    @Test
    void ding_jian_is_twenty_six_and_lives_elsewhere_in_the_community() {
        JsonNode dingJian = only("lijiachong", "丁建");

        assertThat(dingJian.path("compound_name").asString()).isEqualTo("李家冲小区");
        assertThat(dingJian.path("age").asInt()).isBetween(26, 27);
    }

    @Test
    void xiang_yanguo_and_peng_yuefeng_share_a_household_at_zhongnan_road_49() {
        JsonNode xiang = only("admin", "向延国");
        JsonNode peng = only("admin", "彭月凤");

        assertThat(xiang.path("compound_name").asString()).isEqualTo("中南路49栋");
        assertThat(xiang.path("community_name").asString()).isEqualTo("袁家湾社区");
        assertThat(xiang.path("age").asInt()).isBetween(74, 75);
        assertThat(xiang.path("notes").asString()).contains("义务").contains("理发");
        assertThat(peng.path("household_id").asLong()).isEqualTo(xiang.path("household_id").asLong());
    }

    @Test
    @Transactional(readOnly = true)
    void nineteen_children_of_the_july_outing_live_in_dongjiadun_and_every_demo_number_is_a_valid_hunan_one() {
        String dongjiadun = users.region("董家墩街道").path();
        List<Resident> all = residents.findAll();
        List<Resident> outing = all.stream().filter(r -> r.getNotes() != null && r.getNotes().contains("7月2日参加"))
                .toList();
        List<Resident> demo = all.stream().filter(r -> r.getIdNumber() != null && r.getIdNumber().startsWith("43")).toList();

        assertThat(outing).hasSize(19).allSatisfy(child -> {
            assertThat(child.getRegionPath()).startsWith(dongjiadun);
            assertThat(child.getCareTags()).containsAnyOf(CareTag.LEFT_BEHIND_CHILD, CareTag.CHILD_IN_DIFFICULTY);
        });
        assertThat(demo.size()).isGreaterThanOrEqualTo(300);
        assertThat(demo).allSatisfy(r -> {
            assertThat(r.getIdNumber()).startsWith("4302");
            assertThat(IdNumberPolicy.isValid(r.getIdNumber(), LocalDate.now())).isTrue();
            assertThat(IdNumberPolicy.birthDate(r.getIdNumber())).contains(r.getBirthDate());
        });
        for (CareTag tag : CareTag.values()) {
            assertThat(demo.stream().filter(r -> r.getCareTags().contains(tag)).count()).as(tag.name()).isPositive();
        }
    }

    @Test
    void the_demo_residents_accounts_are_linked_to_their_records() {
        assertThat(api.get("resident1", "/api/v1/users/me").status()).isEqualTo(200);
        long resident1 = api.get("resident1", "/api/v1/users/me").id();

        assertThat(residents.findByUserId(resident1)).map(Resident::getName).contains("胡秀兰");
    }
}
