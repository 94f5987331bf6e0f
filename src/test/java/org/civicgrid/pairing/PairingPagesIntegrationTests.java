package org.civicgrid.pairing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.nio.charset.StandardCharsets;

import org.civicgrid.access.AccountManagement;
import org.civicgrid.access.CurrentUser;
import org.civicgrid.access.UserSummary;
import org.civicgrid.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/** The pages of both modules render for the people who use them, with the seed's data on them. */
@IntegrationTest
class PairingPagesIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired AccountManagement accounts;
    @Autowired org.civicgrid.support.TestUsers users;

    private <B extends AbstractMockHttpServletRequestBuilder<B>> MockHttpServletResponse page(String username, B request)
            throws Exception {
        UserSummary u = accounts.findByUsername(username).orElseThrow();
        CurrentUser me = new CurrentUser(u.id(), u.username(), u.displayName(), u.roles(), u.regionId(), u.regionPath());
        var auth = new UsernamePasswordAuthenticationToken(me, null,
                u.roles().stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList());
        return mvc.perform(request.with(authentication(auth))).andReturn().getResponse();
    }

    private String html(String username, String path) throws Exception {
        MockHttpServletResponse r = page(username, get(path));
        assertThat(r.getStatus()).as(path).isEqualTo(200);
        return r.getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void officials_see_the_board_as_of_9_may_and_the_ranking_with_its_rules() throws Exception {
        String board = html("admin", "/pairing?year=2023&as_of=2023-05-09");
        assertThat(board).contains("市残联", "小湖塘社区", "2023-04-26", "未报到");
        String ranking = html("admin", "/pairing/ranking?year=2022");
        assertThat(ranking).contains("市城发集团", "计分规则");
        MockHttpServletResponse excel = page("admin", get("/pairing/ranking/export?year=2022"));
        assertThat(excel.getStatus()).isEqualTo(200);
        assertThat(excel.getContentType()).contains("spreadsheetml");
    }

    @Test
    void a_liaison_logs_a_visit_with_a_photo_from_a_phone_and_sees_it_on_the_pairing() throws Exception {
        String board = html("liaison", "/pairing?year=2023");
        assertThat(board).contains("市残联");
        String form = html("liaison", "/pairing/pairings/" + pairingOfCanlian() + "/visits/new");
        assertThat(form).contains("capture=\"environment\"");
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0};
        MockHttpServletResponse saved = page("liaison", multipart("/pairing/pairings/" + pairingOfCanlian() + "/visits")
                .file("photos", png).param("visitDate", "2023-06-01").param("leaderPresent", "true")
                .param("leaderName", "李克武").param("participants", "5").param("discussed", "回访小湖塘社区，落实无障碍设施改造")
                .with(csrf()));
        assertThat(saved.getStatus()).isEqualTo(302);
        String detail = html("liaison", "/pairing/pairings/" + pairingOfCanlian());
        assertThat(detail).contains("回访小湖塘社区，落实无障碍设施改造", "/files/");
        String needs = html("liaison-kexie", "/pairing/needs");
        assertThat(needs).contains("垃圾中转站臭气熏天", "认领");
    }

    @Test
    void volunteers_community_workers_and_party_members_have_their_pages() throws Exception {
        assertThat(html("xiangyanguo", "/volunteering")).contains("义务理发");
        assertThat(html("xiangyanguo", "/volunteering/me")).contains("向延国", "义务理发", "开具证明");
        assertThat(html("zhouli", "/volunteering/me")).contains("周丽");
        assertThat(html("xiaohutang", "/volunteering/duty")).contains("周丽", "陈志强");
        assertThat(html("admin", "/volunteering/duty")).contains("本月未完成");
        String activities = html("zhangmanzhen", "/volunteering");
        assertThat(activities).contains("环卫工驿站爱心早餐项目");
    }

    @Test
    void a_new_volunteer_registers_on_the_page_and_a_community_worker_adds_a_need() throws Exception {
        String v = users.create("VOLUNTEER", "小湖塘社区").username();
        assertThat(html(v, "/volunteering/me")).contains("登记为志愿者");
        MockHttpServletResponse bad = page(v, org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .post("/volunteering/me").param("name", "林小满").param("idType", "RESIDENT_ID_CARD")
                .param("idNumber", "12345").with(csrf()));
        assertThat(bad.getStatus()).isEqualTo(200);
        assertThat(bad.getContentAsString(StandardCharsets.UTF_8)).contains("field-error");
        MockHttpServletResponse ok = page(v, org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .post("/volunteering/me").param("name", "林小满").param("idType", "RESIDENT_ID_CARD")
                .param("idNumber", "430211199203041525").param("skills", "文艺，维修").with(csrf()));
        assertThat(ok.getStatus()).isEqualTo(302);
        assertThat(html(v, "/volunteering/me")).contains("林小满", "4302**********1525");

        String worker = users.create("COMMUNITY_WORKER", "小湖塘社区").username();
        long community = users.region("小湖塘社区").id();
        MockHttpServletResponse added = page(worker, org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .post("/pairing/needs").param("communityId", String.valueOf(community)).param("title", "小区路灯不亮")
                .param("category", "OTHER").with(csrf()));
        assertThat(added.getStatus()).isEqualTo(302);
        assertThat(html(worker, "/pairing/needs")).contains("小区路灯不亮", "居民反映");
    }

    private long pairingOfCanlian() throws Exception {
        String html = html("liaison", "/pairing?year=2023");
        int at = html.indexOf("/pairing/pairings/");
        return Long.parseLong(html.substring(at + "/pairing/pairings/".length()).split("\"")[0]);
    }

}
