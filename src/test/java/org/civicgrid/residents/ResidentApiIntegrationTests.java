package org.civicgrid.residents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.civicgrid.support.Api;
import org.civicgrid.support.FigureCheck;
import org.civicgrid.support.IntegrationTest;
import org.civicgrid.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import tools.jackson.databind.JsonNode;

@IntegrationTest
@Import(ResidentFixtures.class)
class ResidentApiIntegrationTests {

    @Autowired
    Api api;

    @Autowired
    TestUsers users;

    @Autowired
    ResidentFixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    FigureCheck figures;

    @Test
    void a_community_worker_registers_a_resident_and_gets_it_back_whole_with_birth_date_and_gender_from_the_number() {
        long household = fixtures.household("lijiachong", "李家冲社区");
        String idNumber = TestIdNumbers.adult(Gender.FEMALE);

        Api.Response r = fixtures.resident("lijiachong", household, "王秀英", idNumber, "138 1234 5678",
                List.of("LOW_INCOME"));

        assertThat(r.status()).isEqualTo(201);
        assertThat(r.raw().getHeader("Location")).isEqualTo("/api/v1/residents/" + r.id());
        assertThat(r.text("id_number")).isEqualTo(idNumber);
        assertThat(r.text("phone")).isEqualTo("13812345678");
        assertThat(r.text("gender")).isEqualTo("FEMALE");
        assertThat(r.text("birth_date")).isEqualTo(IdNumberPolicy.birthDate(idNumber).orElseThrow().toString());
        assertThat(r.body().path("care_tags").get(0).asString()).isEqualTo("LOW_INCOME");
        assertThat(r.text("community_name")).isEqualTo("李家冲社区");
    }

    @Test
    void the_list_masks_id_numbers_and_phones_even_for_the_community_worker() {
        long household = fixtures.household("lijiachong", "李家冲社区");
        String idNumber = TestIdNumbers.adult(Gender.MALE);
        fixtures.resident("lijiachong", household, "列表测试", idNumber, "13912345678", List.of());

        Api.Response list = api.get("lijiachong", "/api/v1/residents?household_id={h}", household);

        assertThat(list.status()).isEqualTo(200);
        JsonNode item = list.body().path("items").get(0);
        assertThat(item.path("id_number").asString()).isEqualTo(PersonalDataMask.idNumber(idNumber))
                .matches("1101\\*{10}\\d{3}[\\dX]");
        assertThat(item.path("phone").asString()).isEqualTo("139****5678");
        assertThat(list.body().toString()).doesNotContain(idNumber).doesNotContain("13912345678");
    }

    @Test
    void the_community_worker_sees_the_detail_whole_and_the_view_is_audited() {
        long id = fixtures.resident("lijiachong", "李家冲社区", "审计测试");
        Integer before = views(id);

        Api.Response r = api.get("lijiachong", "/api/v1/residents/{id}", id);

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body().path("personal_data_whole").asBoolean()).isTrue();
        assertThat(r.text("phone")).isEqualTo("13812345678");
        assertThat(r.text("health_notes")).isEqualTo("高血压");
        assertThat(views(id)).isEqualTo(before + 1);
        assertThat(jdbc.queryForObject("select actor from audit_entry where action = 'VIEW' and entity_type = 'Resident'"
                + " and entity_id = ? order by id desc limit 1", String.class, String.valueOf(id))).isEqualTo("lijiachong");
    }

    @Test
    void an_official_sees_the_detail_masked_without_health_notes_and_nothing_is_recorded_as_a_full_view() {
        long id = fixtures.resident("lijiachong", "李家冲社区", "官员测试");
        Integer before = views(id);

        Api.Response r = api.get("admin", "/api/v1/residents/{id}", id);

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body().path("personal_data_whole").asBoolean()).isFalse();
        assertThat(r.text("phone")).isEqualTo("138****5678");
        assertThat(r.text("id_number")).contains("**********");
        assertThat(r.body().path("health_notes").isNull()).isTrue();
        assertThat(views(id)).isEqualTo(before);
    }

    @Test
    void the_database_holds_neither_the_id_number_nor_the_phone_in_clear_nor_does_the_audit_log() {
        long household = fixtures.household("lijiachong", "李家冲社区");
        String idNumber = TestIdNumbers.adult(Gender.MALE);
        long id = fixtures.resident("lijiachong", household, "加密测试", idNumber, "13712345678", List.of()).id();

        Map<String, Object> row = jdbc.queryForMap("select * from resident where id = ?", id);

        assertThat(String.valueOf(row.get("id_number_enc"))).startsWith("v1:").doesNotContain(idNumber)
                .doesNotContain(idNumber.substring(6, 14));
        assertThat(String.valueOf(row.get("phone_enc"))).startsWith("v1:").doesNotContain("13712345678");
        assertThat(String.valueOf(row.get("health_notes_enc"))).doesNotContain("高血压");
        assertThat(row.values().toString()).doesNotContain(idNumber).doesNotContain("13712345678");
        List<String> audit = jdbc.queryForList("select after_state from audit_entry where entity_type = 'Resident'"
                + " and entity_id = ?", String.class, String.valueOf(id));
        assertThat(audit).isNotEmpty().allSatisfy(a -> assertThat(a).doesNotContain(idNumber).doesNotContain("13712345678"));
    }

    @Test
    void a_resident_is_found_by_exact_id_number() {
        long household = fixtures.household("lijiachong", "李家冲社区");
        String idNumber = TestIdNumbers.adult(Gender.FEMALE);
        long id = fixtures.resident("lijiachong", household, "查找测试", idNumber, null, List.of()).id();

        Api.Response found = api.get("lijiachong", "/api/v1/residents?id_number={n}", idNumber.toLowerCase());

        assertThat(found.body().path("total").asLong()).isEqualTo(1);
        assertThat(found.body().path("items").get(0).path("id").asLong()).isEqualTo(id);
    }

    @Test
    void an_id_number_is_registered_once_only() {
        String idNumber = TestIdNumbers.adult(Gender.MALE);
        fixtures.resident("lijiachong", fixtures.household("lijiachong", "李家冲社区"), "甲", idNumber, null, List.of());

        Api.Response again = fixtures.resident("xiaohutang",
                fixtures.household("xiaohutang", "小湖塘社区"), "乙", idNumber, null, List.of());

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.problemType()).isEqualTo("id-number-registered");
    }

    @Test
    void a_mistyped_id_number_a_bad_phone_and_a_misfitting_tag_are_400s_naming_each_field() {
        long household = fixtures.household("lijiachong", "李家冲社区");
        String idNumber = TestIdNumbers.adult(Gender.MALE);
        String mistyped = idNumber.substring(0, 17) + (idNumber.charAt(17) == '1' ? '2' : '1');

        Api.Response r = fixtures.resident("lijiachong", household, "错误测试", mistyped, "12345", List.of("LEFT_BEHIND_CHILD"));
        Api.Response tag = fixtures.resident("lijiachong", household, "标签测试", idNumber, null, List.of("LEFT_BEHIND_CHILD"));

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.body().path("errors").findValuesAsString("field")).contains("id_number", "phone");
        assertThat(tag.status()).isEqualTo(400);
        assertThat(tag.body().path("errors").findValuesAsString("field")).containsExactly("care_tags");
    }

    @Test
    void a_birth_date_that_contradicts_the_id_number_is_refused() {
        long household = fixtures.household("lijiachong", "李家冲社区");
        Map<String, Object> body = new HashMap<>();
        body.put("household_id", household);
        body.put("name", "日期测试");
        body.put("id_number", TestIdNumbers.next(LocalDate.of(1970, 5, 1), Gender.MALE));
        body.put("birth_date", "1971-05-01");

        Api.Response r = api.post("lijiachong", "/api/v1/residents", body);

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.body().path("errors").get(0).path("field").asString()).isEqualTo("birth_date");
    }

    @Test
    void a_community_worker_of_xiaohutang_gets_404_for_a_lijiachong_resident_and_the_admin_sees_both() {
        long lijiachong = fixtures.resident("lijiachong", "李家冲社区", "李家冲居民");
        long xiaohutang = fixtures.resident("xiaohutang", "小湖塘社区", "小湖塘居民");

        assertThat(api.get("xiaohutang", "/api/v1/residents/{id}", lijiachong).status()).isEqualTo(404);
        assertThat(api.get("xiaohutang", "/api/v1/residents/{id}", xiaohutang).status()).isEqualTo(200);
        assertThat(api.get("admin", "/api/v1/residents/{id}", lijiachong).status()).isEqualTo(200);
        assertThat(api.get("admin", "/api/v1/residents/{id}", xiaohutang).status()).isEqualTo(200);
        assertThat(api.get("tianyuan", "/api/v1/residents/{id}", lijiachong).status()).isEqualTo(404);
        assertThat(api.get("xiaohutang", "/api/v1/residents?name=李家冲居民").body().path("total").asLong()).isZero();
    }

    @Test
    void a_grid_worker_sees_only_the_residents_of_their_own_grid() {
        long household = fixtures.household("lijiachong", "李家冲社区");
        Api.Response other = api.post("lijiachong", "/api/v1/households", Map.of("address", "第2网格测试",
                "grid_id", users.region("李家冲社区第2网格").id()));
        long inGrid = fixtures.resident("lijiachong", household, "本网格", TestIdNumbers.adult(Gender.MALE), null, List.of()).id();
        long outside = fixtures.resident("lijiachong", other.id(), "外网格", TestIdNumbers.adult(Gender.MALE), null, List.of()).id();

        assertThat(api.get("hexiaomin", "/api/v1/residents/{id}", inGrid).status()).isEqualTo(200);
        assertThat(api.get("hexiaomin", "/api/v1/residents/{id}", outside).status()).isEqualTo(404);
    }

    @Test
    void residents_themselves_may_not_list_residents_and_officials_may_not_register_them() {
        long household = fixtures.household("lijiachong", "李家冲社区");

        assertThat(api.get("resident2", "/api/v1/residents").status()).isEqualTo(403);
        assertThat(fixtures.resident("admin", household, "官员登记", TestIdNumbers.adult(Gender.MALE), null, List.of())
                .status()).isEqualTo(403);
    }

    @Test
    void an_update_replaces_the_record_and_a_stale_version_is_a_409() {
        long household = fixtures.household("lijiachong", "李家冲社区");
        String idNumber = TestIdNumbers.adult(Gender.MALE);
        Api.Response created = fixtures.resident("lijiachong", household, "修改前", idNumber, null, List.of());
        Map<String, Object> body = new HashMap<>();
        body.put("household_id", household);
        body.put("name", "修改后");
        body.put("id_number", idNumber);
        body.put("phone", "0731-22345678");
        body.put("care_tags", List.of("DISABLED"));
        body.put("version", created.body().path("version").asLong());

        Api.Response updated = api.send(put("/api/v1/residents/{id}", created.id()).contentType("application/json")
                .content(api.write(body)), "lijiachong");
        Api.Response stale = api.send(put("/api/v1/residents/{id}", created.id()).contentType("application/json")
                .content(api.write(body)), "lijiachong");

        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.text("name")).isEqualTo("修改后");
        assertThat(updated.text("phone")).isEqualTo("0731-22345678");
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.problemType()).isEqualTo("changed-meanwhile");
    }

    @Test
    void a_household_placed_in_a_compound_outside_the_workers_community_is_refused() {
        Api.Response r = api.post("lijiachong", "/api/v1/households", Map.of("address", "1栋",
                "compound_id", fixtures.compound("小湖塘社区", "嵩山小区").id()));

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.body().path("errors").get(0).path("field").asString()).isEqualTo("compound_id");
    }

    @Test
    void a_household_in_a_compound_lies_in_the_compounds_grid() {
        Api.Response r = api.post("lijiachong", "/api/v1/households", Map.of("address", "火电生活区 1栋",
                "compound_id", fixtures.compound("李家冲社区", "火电生活区").id()));

        assertThat(r.status()).isEqualTo(201);
        assertThat(r.text("compound_name")).isEqualTo("火电生活区");
        assertThat(r.text("grid_name")).isEqualTo("李家冲社区第1网格");
    }

    @Test
    void moving_a_household_to_another_grid_takes_its_residents_out_of_the_old_grid_workers_sight() {
        long household = fixtures.household("lijiachong", "李家冲社区");
        long resident = fixtures.resident("lijiachong", household, "搬家测试", TestIdNumbers.adult(Gender.MALE), null,
                List.of()).id();
        long grid2 = users.region("李家冲社区第2网格").id();
        assertThat(api.get("hexiaomin", "/api/v1/residents/{id}", resident).status()).isEqualTo(200);

        Api.Response moved = api.send(put("/api/v1/households/{id}", household).contentType("application/json")
                .content(api.write(Map.of("address", "李家冲小区 9栋", "grid_id", grid2))), "lijiachong");

        assertThat(moved.status()).isEqualTo(200);
        assertThat(api.get("hexiaomin", "/api/v1/residents/{id}", resident).status()).isEqualTo(404);
        assertThat(api.get("lijiachong", "/api/v1/residents/{id}", resident).text("grid_name")).isEqualTo("李家冲社区第2网格");
        assertThat(api.get("lijiachong", "/api/v1/households?grid_id={g}&address=9栋&size=200", grid2).body()
                .path("items").findValuesAsString("address")).contains("李家冲小区 9栋");
        assertThat(api.get("lijiachong", "/api/v1/households/{id}/residents", household).body().get(0)
                .path("name").asString()).isEqualTo("搬家测试");
    }

    @Test
    void the_dashboard_figures_follow_registrations_care_tag_changes_and_moves_in_every_region() {
        long household = fixtures.household("lijiachong", "李家冲社区");
        String idNumber = TestIdNumbers.adult(Gender.FEMALE);
        Api.Response created = fixtures.resident("lijiachong", household, "统计测试", idNumber, null, List.of("DISABLED"));
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        Map<String, Object> body = new HashMap<>();
        body.put("household_id", household);
        body.put("name", "统计测试");
        body.put("id_number", idNumber);
        body.put("care_tags", List.of("LOW_INCOME"));
        assertThat(api.send(put("/api/v1/residents/{id}", created.id()).contentType("application/json")
                .content(api.write(body)), "lijiachong").status()).isEqualTo(200);
        assertThat(api.send(put("/api/v1/households/{id}", household).contentType("application/json").content(api.write(
                Map.of("address", "李家冲小区 7栋", "grid_id", users.region("李家冲社区第2网格").id()))), "lijiachong")
                .status()).isEqualTo(200);

        assertThat(figures.differences("residents", List.of("households", "residents", "cared", "tag"), """
                select 'household', region_path, null from household
                union all select 'resident', r.region_path, case when exists (select 1 from resident_care_tag t
                    where t.resident_id = r.id) then 'cared' end from resident r
                union all select 'tag', r.region_path, t.tag from resident_care_tag t join resident r on r.id = t.resident_id
                """, rs -> switch (rs.getString(1)) {
                    case "household" -> List.of(new FigureCheck.Counted(rs.getString(2), "households", "all", 1));
                    case "resident" -> rs.getString(3) == null
                            ? List.of(new FigureCheck.Counted(rs.getString(2), "residents", "all", 1))
                            : List.of(new FigureCheck.Counted(rs.getString(2), "residents", "all", 1),
                                    new FigureCheck.Counted(rs.getString(2), "cared", "all", 1));
                    default -> List.of(new FigureCheck.Counted(rs.getString(2), "tag", rs.getString(3), 1));
                })).isEmpty();
    }

    private Integer views(long residentId) {
        return jdbc.queryForObject("select count(*) from audit_entry where action = 'VIEW' and entity_type = 'Resident'"
                + " and entity_id = ?", Integer.class, String.valueOf(residentId));
    }
}
