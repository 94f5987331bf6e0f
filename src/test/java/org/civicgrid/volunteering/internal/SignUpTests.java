package org.civicgrid.volunteering.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.civicgrid.shared.ConflictException;
import org.civicgrid.shared.InvalidInputException;
import org.civicgrid.volunteering.CheckMethod;
import org.civicgrid.volunteering.SignUpStatus;
import org.junit.jupiter.api.Test;

class SignUpTests {

    private static final Instant IN = Instant.parse("2023-07-03T14:30:00Z");
    private static final Instant OUT = Instant.parse("2023-07-03T17:15:00Z");

    private static SignUp signUp() {
        return new SignUp(1, 2, 3, "/1/3/", IN.minusSeconds(86_400));
    }

    @Test
    void a_sign_up_goes_in_then_out_and_records_the_minutes_between() {
        SignUp s = signUp();
        s.checkIn(IN, CheckMethod.GEOLOCATION);
        assertThat(s.getStatus()).isEqualTo(SignUpStatus.CHECKED_IN);
        s.checkOut(OUT, CheckMethod.ORGANISER);
        assertThat(s.getStatus()).isEqualTo(SignUpStatus.COMPLETED);
        assertThat(s.getServiceMinutes()).isEqualTo(165);
    }

    @Test
    void out_before_in_in_twice_and_cancel_after_check_in_are_refused() {
        SignUp s = signUp();
        assertThatThrownBy(() -> s.checkOut(OUT, CheckMethod.ORGANISER)).isInstanceOf(ConflictException.class);
        s.checkIn(IN, CheckMethod.ORGANISER);
        assertThatThrownBy(() -> s.checkIn(IN, CheckMethod.ORGANISER)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(s::cancel).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> s.checkOut(IN.minusSeconds(60), CheckMethod.ORGANISER))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void only_a_completed_service_is_corrected_and_the_reason_stays_with_it() {
        SignUp s = signUp();
        assertThatThrownBy(() -> s.correct(60, "理由", "xiaohutang", OUT)).isInstanceOf(ConflictException.class);
        s.checkIn(IN, CheckMethod.ORGANISER);
        s.checkOut(OUT, CheckMethod.ORGANISER);
        s.correct(150, "签到前等候不计入", "xiaohutang", OUT);
        assertThat(s.getServiceMinutes()).isEqualTo(150);
        assertThat(s.getCorrectionReason()).isEqualTo("签到前等候不计入");
        assertThat(s.getCorrectedBy()).isEqualTo("xiaohutang");
    }

    @Test
    void a_cancelled_place_can_be_taken_again_but_a_held_one_cannot() {
        SignUp s = signUp();
        assertThatThrownBy(() -> s.renew(IN)).isInstanceOf(ConflictException.class);
        s.cancel();
        assertThat(s.getStatus()).isEqualTo(SignUpStatus.CANCELLED);
        s.renew(IN);
        assertThat(s.getStatus()).isEqualTo(SignUpStatus.SIGNED_UP);
    }
}
