package org.civicgrid.residents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

import org.civicgrid.support.IntegrationTest;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

@IntegrationTest
@Import({ResidentFixtures.class, SignedIn.class, DemoResidents.class})
class ResidentPagesIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    SignedIn signedIn;

    @Autowired
    ResidentFixtures fixtures;

    @Autowired
    DemoResidents demo;

    private <B extends AbstractMockHttpServletRequestBuilder<B>> MockHttpServletResponse page(String user, B request)
            throws Exception {
        return mvc.perform(request.with(signedIn.as(user)).with(csrf())).andReturn().getResponse();
    }

    private static String html(MockHttpServletResponse response) throws Exception {
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void the_list_filters_by_care_tag_and_shows_numbers_masked() throws Exception {
        MockHttpServletResponse r = page("lijiachong", get("/residents").param("tag", "ELDERLY_ALONE"));

        assertThat(r.getStatus()).isEqualTo(200);
        assertThat(html(r)).contains("丁凡").contains("独居老人").doesNotContain("丁建")
                .containsPattern("4302\\*{10}\\d{3}[\\dX]");
    }

    @Test
    void the_grid_workers_resident_page_shows_the_number_whole_and_the_visit_history() throws Exception {
        long id = demo.idOf("丁凡");

        MockHttpServletResponse r = page("hexiaomin", get("/residents/{id}", id));

        assertThat(r.getStatus()).isEqualTo(200);
        assertThat(html(r)).containsPattern("data-personal=\"id-number\">4302\\d{13}[\\dX]<")
                .contains("肺气肿，两年前查出").contains("丁建终于同意送父亲去医院").contains("全身浮肿").contains("记录走访");
    }

    @Test
    void an_officials_resident_page_is_masked_and_has_no_edit_or_visit_buttons() throws Exception {
        MockHttpServletResponse r = page("admin", get("/residents/{id}", demo.idOf("丁凡")));

        assertThat(html(r)).containsPattern("data-personal=\"id-number\">4302\\*{10}").contains("（不可见）")
                .doesNotContain("肺气肿，两年前查出")
                .doesNotContain("/visits/new");
    }

    @Test
    void a_resident_outside_the_region_is_a_not_found_page() throws Exception {
        assertThat(page("xiaohutang", get("/residents/{id}", demo.idOf("丁凡"))).getStatus()).isEqualTo(404);
    }

    @Test
    void the_new_resident_form_shows_a_mistyped_id_number_and_phone_under_their_fields_in_chinese() throws Exception {
        long household = fixtures.household("lijiachong", "李家冲社区");
        String id = TestIdNumbers.adult(Gender.MALE);
        String mistyped = id.substring(0, 17) + (id.charAt(17) == '1' ? '2' : '1');

        assertThat(page("lijiachong", get("/residents/new").param("household", "" + household)).getStatus()).isEqualTo(200);
        MockHttpServletResponse r = page("lijiachong", post("/residents").param("householdId", "" + household)
                .param("name", "表单测试").param("idNumber", mistyped).param("phone", "12345"));

        assertThat(r.getStatus()).isEqualTo(200);
        assertThat(html(r)).contains("error-summary").contains("身份证号校验位不对").contains("请填写手机号")
                .contains("value=\"表单测试\"");
    }

    @Test
    void a_valid_new_resident_is_saved_and_the_worker_lands_on_their_page() throws Exception {
        long household = fixtures.household("lijiachong", "李家冲社区");

        MockHttpServletResponse r = page("lijiachong", post("/residents").param("householdId", "" + household)
                .param("name", "页面登记").param("idNumber", TestIdNumbers.adult(Gender.FEMALE))
                .param("careTags", "DISABLED"));

        assertThat(r.getStatus()).isEqualTo(302);
        assertThat(r.getRedirectedUrl()).matches("/residents/\\d+");
    }

    @Test
    void the_edit_form_is_filled_in_and_a_bad_date_is_a_field_error() throws Exception {
        long id = fixtures.resident("lijiachong", "李家冲社区", "编辑测试");

        MockHttpServletResponse form = page("lijiachong", get("/residents/{id}/edit", id));
        MockHttpServletResponse bad = page("lijiachong", post("/residents/{id}", id).param("name", "编辑测试")
                .param("birthDate", "1990-13-45").param("gender", "MALE"));

        assertThat(form.getStatus()).isEqualTo(200);
        assertThat(html(form)).contains("value=\"编辑测试\"");
        assertThat(bad.getStatus()).isEqualTo(200);
        assertThat(html(bad)).contains("请按 年-月-日 填写日期");
    }

    @Test
    void officials_may_read_but_not_open_the_forms() throws Exception {
        long id = demo.idOf("丁凡");

        assertThat(page("admin", get("/residents/{id}/edit", id)).getStatus()).isEqualTo(403);
        assertThat(page("admin", get("/residents/{id}/visits/new", id)).getStatus()).isEqualTo(403);
        assertThat(page("admin", get("/households/new")).getStatus()).isEqualTo(403);
    }

    @Test
    void the_household_form_asks_for_an_address() throws Exception {
        assertThat(page("hexiaomin", get("/households/new")).getStatus()).isEqualTo(200);

        MockHttpServletResponse r = page("hexiaomin", post("/households").param("address", " ")
                .param("gridId", "" + fixtures.firstGrid("李家冲社区").id()));

        assertThat(r.getStatus()).isEqualTo(200);
        assertThat(html(r)).contains("请填写住址");
    }

    @Test
    void the_visit_form_refuses_an_empty_visit_and_saves_a_real_one() throws Exception {
        long id = demo.idOf("丁凡");

        assertThat(page("hexiaomin", get("/residents/{id}/visits/new", id)).getStatus()).isEqualTo(200);
        MockHttpServletResponse empty = page("hexiaomin", MockMvcRequestBuilders.multipart("/residents/{id}/visits", id)
                .param("findings", "").param("followUpNeeded", "true"));
        MockHttpServletResponse saved = page("hexiaomin", MockMvcRequestBuilders.multipart("/residents/{id}/visits", id)
                .param("findings", "出院后复查，精神好转。").param("visitedAt", "2026-01-05T10:30"));

        assertThat(html(empty)).contains("请填写走访情况").contains("请写明跟进事项");
        assertThat(saved.getStatus()).isEqualTo(302);
        assertThat(saved.getRedirectedUrl()).isEqualTo("/residents/" + id);
    }

    @Test
    void the_visits_and_households_pages_render_for_the_grid_worker() throws Exception {
        assertThat(html(page("hexiaomin", get("/visits").param("followUp", "true")))).contains("丁凡");
        assertThat(html(page("hexiaomin", get("/households")))).contains("火电生活区");
        assertThat(html(page("hexiaomin", get("/households/{id}", demo.householdOf("丁凡"))))).contains("丁凡")
                .contains("4302**********").contains("登记成员");
    }

    @Test
    void the_excel_export_holds_the_filtered_residents_masked() throws Exception {
        MockHttpServletResponse r = mvc.perform(get("/residents/export").param("tag", "ELDERLY_ALONE")
                .with(signedIn.as("lijiachong"))).andReturn().getResponse();

        assertThat(r.getContentType()).startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(r.getContentAsByteArray()))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(rows.get(0).getCellText(0)).isEqualTo("姓名 Name");
            Row dingFan = rows.stream().filter(row -> "丁凡".equals(row.getCellText(0))).findFirst().orElseThrow();
            assertThat(dingFan.getCellText(4)).matches("4302\\*{10}\\d{3}[\\dX]");
            assertThat(dingFan.getCellText(6)).contains("独居老人").contains("困难家庭");
            assertThat(rows.stream().skip(1).map(row -> row.getCellText(6)).collect(Collectors.toList()))
                    .allSatisfy(tags -> assertThat(tags).contains("独居老人"));
            assertThat(rows.stream().skip(1).map(row -> row.getCellText(9)).distinct().toList())
                    .containsExactly("李家冲社区");
        }
    }
}
