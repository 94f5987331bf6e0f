package org.civicgrid.residents;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PhonePolicyTests {

    @ParameterizedTest
    @ValueSource(strings = {"13812345678", "19912345678", "15012345678", "0731-22345678", "0731-2234567", "010-62345678",
            "22345678"})
    void mainland_mobiles_and_landlines_are_accepted(String number) {
        assertThat(PhonePolicy.refusal(PhonePolicy.normalise(number))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"12812345678", "1381234567", "138123456789", "0731-02345678", "abc", "0731-223", "110"})
    void anything_else_is_refused(String number) {
        assertThat(PhonePolicy.refusal(PhonePolicy.normalise(number))).isPresent();
    }

    @Test
    void spaces_the_country_code_and_a_glued_area_code_are_normalised() {
        assertThat(PhonePolicy.normalise("+86 138 1234 5678")).isEqualTo("13812345678");
        assertThat(PhonePolicy.normalise("073122345678")).isEqualTo("0731-22345678");
        assertThat(PhonePolicy.normalise("(0731) 2234 5678")).isEqualTo("0731-22345678");
        assertThat(PhonePolicy.normalise("01062345678")).isEqualTo("010-62345678");
    }
}
