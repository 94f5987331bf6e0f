package org.civicgrid.courses;

import static org.civicgrid.support.Workbooks.firstSheet;
import static org.civicgrid.support.Workbooks.text;
import static org.civicgrid.support.Workbooks.texts;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.civicgrid.access.UserSummary;
import org.civicgrid.support.Api;
import org.civicgrid.support.Crowd;
import org.civicgrid.support.IntegrationTest;
import org.civicgrid.support.Pages;
import org.civicgrid.support.TestUsers;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The counselling room: no slot booked twice, no counsellor in two places, notes for counsellors only. */
@IntegrationTest
class CounsellingIntegrationTests {

    @Autowired
    Api api;

    @Autowired
    TestUsers users;

    @Autowired
    CounsellingManagement counselling;

    @Autowired
    Pages pages;

    UserSummary counsellorAccount;
    CounsellorView counsellor;
    LocalDate day;

    @BeforeEach
    void counsellor() {
        counsellorAccount = users.create("VOLUNTEER", "小湖塘社区");
        counsellor = counselling.register(counsellorAccount, CounsellingManagement.LEVEL_TWO, users.region("小湖塘社区"));
        day = LocalDate.now().plusDays(3 + (int) (counsellor.id() % 200));
    }

    private Api.Response open(String time, int count) {
        return api.post("xiaohutang", "/api/v1/counselling/slots", Map.of("counsellor_id", counsellor.id(),
                "date", day.toString(), "from", time, "minutes", 50, "count", count));
    }

    private long firstSlot() {
        Api.Response r = open("09:00", 2);
        assertThat(r.status()).isEqualTo(200);
        return r.body().get(0).path("id").asLong();
    }

    @Test
    void two_residents_pressing_book_together_get_one_booking_and_one_409() throws Exception {
        long slot = firstSlot();
        List<String> residents = List.of(users.create("RESIDENT", "小湖塘社区").username(),
                users.create("RESIDENT", "小湖塘社区").username());
        residents.forEach(api::token);

        List<Api.Response> answers = Crowd.atOnce(residents.stream().<Callable<Api.Response>>map(r -> () -> api.post(r,
                "/api/v1/counselling/slots/{id}/booking", Map.of("topic", "睡眠不好"), slot)).toList());

        assertThat(answers.stream().filter(a -> a.status() == 201)).hasSize(1);
        assertThat(answers.stream().filter(a -> a.status() == 409 && a.problemType().equals("slot-taken"))).hasSize(1);
    }

    @Test
    void a_counsellor_cannot_be_given_two_slots_at_the_same_time() {
        open("14:00", 2);

        Api.Response overlapping = open("14:30", 1);

        assertThat(overlapping.status()).isEqualTo(409);
        assertThat(overlapping.problemType()).isEqualTo("counsellor-double-booked");
    }

    @Test
    void one_resident_cannot_hold_two_rooms_at_the_same_hour() {
        long slot = firstSlot();
        UserSummary other = users.create("VOLUNTEER", "小湖塘社区");
        CounsellorView second = counselling.register(other, CounsellingManagement.LEVEL_TWO, users.region("小湖塘社区"));
        long parallel = api.post("xiaohutang", "/api/v1/counselling/slots", Map.of("counsellor_id", second.id(),
                "date", day.toString(), "from", "09:00", "minutes", 50, "count", 1)).body().get(0).path("id").asLong();
        String resident = users.create("RESIDENT", "小湖塘社区").username();

        assertThat(api.post(resident, "/api/v1/counselling/slots/{id}/booking", null, slot).status()).isEqualTo(201);
        Api.Response again = api.post(resident, "/api/v1/counselling/slots/{id}/booking", null, parallel);

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.problemType()).isEqualTo("double-booking");
    }

    @Test
    void a_cancelled_slot_can_be_booked_again() {
        long slot = firstSlot();
        String first = users.create("RESIDENT", "小湖塘社区").username();
        String second = users.create("RESIDENT", "小湖塘社区").username();
        api.post(first, "/api/v1/counselling/slots/{id}/booking", null, slot);

        assertThat(api.delete(first, "/api/v1/counselling/slots/{id}/booking", slot).status()).isEqualTo(204);

        assertThat(api.post(second, "/api/v1/counselling/slots/{id}/booking", null, slot).status()).isEqualTo(201);
        assertThat(api.delete(first, "/api/v1/counselling/slots/{id}/booking", slot).status()).isEqualTo(403);
    }

    @Test
    void notes_are_for_counsellors_only() {
        long slot = firstSlot();
        String resident = users.create("RESIDENT", "小湖塘社区").username();
        api.post(resident, "/api/v1/counselling/slots/{id}/booking", Map.of("topic", "与子女关系紧张"), slot);

        Api.Response written = api.post(counsellorAccount.username(), "/api/v1/counselling/slots/{id}/notes",
                Map.of("body", "来访者情绪稳定，建议两周后复谈。"), slot);

        assertThat(written.status()).isEqualTo(201);
        assertThat(api.get(counsellorAccount.username(), "/api/v1/counselling/slots/{id}/notes", slot).body().get(0)
                .path("body").asString()).contains("复谈");
        assertThat(api.get("xiaohutang", "/api/v1/counselling/slots/{id}/notes", slot).status()).isEqualTo(403);
        assertThat(api.get(resident, "/api/v1/counselling/slots/{id}/notes", slot).status()).isEqualTo(403);
        assertThat(api.post("xiaohutang", "/api/v1/counselling/slots/{id}/notes", Map.of("body", "x"), slot).status())
                .isEqualTo(403);
    }

    @Test
    void the_worker_sees_a_slot_is_taken_but_not_by_whom_or_why() {
        long slot = firstSlot();
        String resident = users.create("RESIDENT", "小湖塘社区").username();
        api.post(resident, "/api/v1/counselling/slots/{id}/booking", Map.of("topic", "失眠"), slot);

        Api.Response worker = api.get("xiaohutang", "/api/v1/counselling/slots/{id}", slot);
        Api.Response counsellorView = api.get(counsellorAccount.username(), "/api/v1/counselling/slots/{id}", slot);

        assertThat(worker.body().path("booked").asBoolean()).isTrue();
        assertThat(worker.body().path("topic").isNull()).isTrue();
        assertThat(worker.body().path("booked_by_name").isNull()).isTrue();
        assertThat(counsellorView.text("topic")).isEqualTo("失眠");
    }

    @Test
    void residents_of_another_community_do_not_see_the_room() {
        long slot = firstSlot();

        assertThat(api.post("resident2", "/api/v1/counselling/slots/{id}/booking", null, slot).status()).isEqualTo(404);
    }

    @Test
    void the_schedule_exports_for_workers_and_counsellors_naming_who_booked_only_to_the_counsellor() throws Exception {
        Api.Response opened = api.post("xiaohutang", "/api/v1/counselling/slots", Map.of("counsellor_id", counsellor.id(),
                "date", LocalDate.now().plusDays(2).toString(), "from", "07:10", "minutes", 20, "count", 1));
        assertThat(opened.status()).isEqualTo(200);
        long slot = opened.body().get(0).path("id").asLong();
        var resident = users.create("RESIDENT", "小湖塘社区");
        api.post(resident.username(), "/api/v1/counselling/slots/{id}/booking", Map.of("topic", "睡不着"), slot);
        Pages.Session worker = pages.signIn("xiaohutang");

        assertThat(pages.get(worker, "/counselling").html()).contains("/counselling/export");
        List<Row> forWorker = firstSheet(pages.get(worker, "/counselling/export"));
        assertThat(texts(forWorker.get(0))).containsExactly("时间 When", "咨询师 Counsellor", "状态 State", "预约人 Booked by");
        Row seen = forWorker.stream().filter(r -> text(r, 1).equals(counsellor.displayName())).findFirst().orElseThrow();
        assertThat(text(seen, 2)).isEqualTo("已预约");
        assertThat(text(seen, 3)).isEmpty();
        assertThat(texts(forWorker)).doesNotContain("睡不着");

        List<Row> forCounsellor = firstSheet(pages.get(pages.signIn(counsellorAccount.username()), "/counselling/export"));
        assertThat(forCounsellor).anySatisfy(r -> assertThat(text(r, 3)).isEqualTo(resident.displayName()));

        // another community's worker sees only its own room; residents see no schedule at all
        assertThat(firstSheet(pages.get(pages.signIn("lijiachong"), "/counselling/export")))
                .noneSatisfy(r -> assertThat(text(r, 1)).isEqualTo(counsellor.displayName()));
        assertThat(pages.get(pages.signIn(resident.username()), "/counselling/export").status()).isEqualTo(403);
    }
}
