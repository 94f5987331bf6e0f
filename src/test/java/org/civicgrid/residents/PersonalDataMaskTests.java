package org.civicgrid.residents;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PersonalDataMaskTests {

    @Test
    void an_id_number_keeps_its_first_four_and_last_four_characters() {
        assertThat(PersonalDataMask.idNumber("430204196303121234")).isEqualTo("4302**********1234");
        assertThat(PersonalDataMask.idNumber("11010519491231002X")).isEqualTo("1101**********002X");
    }

    @Test
    void a_mobile_keeps_its_first_three_and_last_four_digits() {
        assertThat(PersonalDataMask.phone("13812345678")).isEqualTo("138****5678");
    }

    @Test
    void a_landline_keeps_its_area_code_and_last_four_digits() {
        assertThat(PersonalDataMask.phone("0731-22345678")).isEqualTo("0731-****5678");
        assertThat(PersonalDataMask.phone("2234567")).isEqualTo("***4567");
    }

    @Test
    void nothing_stays_nothing() {
        assertThat(PersonalDataMask.idNumber(null)).isNull();
        assertThat(PersonalDataMask.phone(null)).isNull();
    }
}
