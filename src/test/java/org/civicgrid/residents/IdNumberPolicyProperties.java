package org.civicgrid.residents;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.time.api.Dates;

/** Property tests (jqwik): every well-made number passes; changing any one character makes it fail. */
class IdNumberPolicyProperties {

    private static final LocalDate TODAY = LocalDate.of(2026, 7, 1);

    @Property
    void any_valid_generated_number_passes(@ForAll("validNumbers") String number) {
        assertThat(IdNumberPolicy.refusal(number, TODAY)).isEmpty();
    }

    @Property
    void any_single_character_change_fails(@ForAll("validNumbers") String number,
            @ForAll("positions") int position, @ForAll("replacements") char replacement) {
        if (number.charAt(position) == replacement || (position < 17 && replacement == 'X')) {
            return; // not a change, or not a digit where only digits belong
        }
        String changed = number.substring(0, position) + replacement + number.substring(position + 1);

        assertThat(IdNumberPolicy.isValid(changed, TODAY)).as("%s changed at %d to %s", number, position, replacement)
                .isFalse();
    }

    @Provide
    Arbitrary<String> validNumbers() {
        Arbitrary<String> county = Arbitraries.of("430202", "430203", "430204", "430211", "430212", "430223", "430224",
                "430225", "430281", "110105", "440305", "310104", "510107");
        Arbitrary<LocalDate> born = Dates.dates().between(LocalDate.of(1900, 1, 1), TODAY);
        Arbitrary<Integer> order = Arbitraries.integers().between(0, 999);
        return Combinators.combine(county, born, order).as((c, d, o) -> {
            String first17 = c + d.format(DateTimeFormatter.BASIC_ISO_DATE) + String.format("%03d", o);
            return first17 + IdNumberPolicy.checkCharacter(first17);
        });
    }

    @Provide
    Arbitrary<Integer> positions() {
        return Arbitraries.integers().between(0, 17);
    }

    @Provide
    Arbitrary<Character> replacements() {
        return Arbitraries.of('0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'X');
    }
}
