package org.civicgrid.residents;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.civicgrid.residents.IdNumberPolicy.Refusal;
import org.junit.jupiter.api.Test;

class IdNumberPolicyTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 7, 1);

    @Test
    void the_example_of_the_standard_passes_with_its_x_check_character() {
        assertThat(IdNumberPolicy.refusal("11010519491231002X", TODAY)).isEmpty();
        assertThat(IdNumberPolicy.gender("11010519491231002X")).isEqualTo(Gender.FEMALE);
        assertThat(IdNumberPolicy.birthDate("11010519491231002X")).contains(LocalDate.of(1949, 12, 31));
    }

    @Test
    void a_hunan_number_passes_and_carries_its_birth_date_and_gender() {
        String number = "430204196303120" + "01";
        String valid = number.substring(0, 17) + IdNumberPolicy.checkCharacter(number.substring(0, 17));

        assertThat(IdNumberPolicy.isValid(valid, TODAY)).isTrue();
        assertThat(IdNumberPolicy.birthDate(valid)).contains(LocalDate.of(1963, 3, 12));
        assertThat(IdNumberPolicy.gender(valid)).isEqualTo(Gender.MALE);
    }

    @Test
    void a_lower_case_x_and_spaces_are_normalised_before_checking() {
        assertThat(IdNumberPolicy.normalise(" 110105 19491231 002x ")).isEqualTo("11010519491231002X");
    }

    @Test
    void a_number_typed_in_full_width_or_with_ideographic_spaces_reads_as_the_number() {
        // found by IdNumberPolicyFuzzTests: a Chinese input method's full-width digits and its space were refused
        assertThat(IdNumberPolicy.normalise("１１０１０５　１９４９１２３１　００２ｘ")).isEqualTo("11010519491231002X");
        assertThat(IdNumberPolicy.normalise("110105\u00a019491231\t002X")).isEqualTo("11010519491231002X");
        assertThat(IdNumberPolicy.isValid(IdNumberPolicy.normalise("１１０１０５１９４９１２３１００２Ｘ"), TODAY)).isTrue();
    }

    @Test
    void a_mistyped_check_character_is_refused_as_such() {
        assertThat(IdNumberPolicy.refusal("110105194912310021", TODAY)).contains(Refusal.CHECK_DIGIT);
    }

    @Test
    void two_swapped_digits_are_caught_by_the_check_character() {
        assertThat(IdNumberPolicy.refusal("11010519491213002X", TODAY)).isNotEmpty();
    }

    @Test
    void an_old_fifteen_digit_number_and_letters_are_refused_as_malformed() {
        assertThat(IdNumberPolicy.refusal("110105491231002", TODAY)).contains(Refusal.FORMAT);
        assertThat(IdNumberPolicy.refusal("1101051949123100XX", TODAY)).contains(Refusal.FORMAT);
        assertThat(IdNumberPolicy.refusal(null, TODAY)).contains(Refusal.FORMAT);
    }

    @Test
    void a_number_of_no_province_is_refused() {
        String first17 = "99010519491231002";
        assertThat(IdNumberPolicy.refusal(first17 + IdNumberPolicy.checkCharacter(first17), TODAY))
                .contains(Refusal.REGION);
    }

    @Test
    void a_birth_date_that_does_not_exist_lies_in_the_future_or_before_1900_is_refused() {
        assertThat(IdNumberPolicy.refusal(withCheck("43020419630230001"), TODAY)).contains(Refusal.BIRTH_DATE);
        assertThat(IdNumberPolicy.refusal(withCheck("43020420260702001"), TODAY)).contains(Refusal.BIRTH_DATE);
        assertThat(IdNumberPolicy.refusal("440524188001010014", TODAY)).contains(Refusal.BIRTH_DATE);
    }

    @Test
    void a_child_born_today_has_a_valid_number() {
        assertThat(IdNumberPolicy.isValid(withCheck("43020320260701002"), TODAY)).isTrue();
    }

    private static String withCheck(String first17) {
        return first17 + IdNumberPolicy.checkCharacter(first17);
    }
}
