package org.civicgrid.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

import org.civicgrid.residents.IdNumberPolicy;
import org.civicgrid.residents.IdNumberPolicy.Refusal;

/**
 * Fuzzing (Jazzer) of the citizen ID number check (GB 11643-1999): it never throws, whatever is typed; it
 * accepts a number exactly when its last character is the ISO 7064 MOD 11-2 check character — computed here
 * independently, from the standard's formula rather than the policy's tables — and its other rules hold; and
 * its normaliser gives the same number back however a person typed it (spaces, full-width IME characters,
 * a lower-case x).
 */
class IdNumberPolicyFuzzTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    private static final char[] SEPARATORS = {' ', '\t', '\u3000', '\u00a0'};

    @FuzzTest(maxDuration = "60s")
    void any_text_is_judged_by_the_standards_check_character_without_an_exception(FuzzedDataProvider data) {
        String typed = data.consumeRemainingAsString();
        String number = IdNumberPolicy.normalise(typed);
        assertThat(IdNumberPolicy.normalise(number)).as("normalising twice").isEqualTo(number);
        Optional<Refusal> refusal = IdNumberPolicy.refusal(number, TODAY);
        IdNumberPolicy.refusal(typed, TODAY);
        IdNumberPolicy.birthDate(typed);

        boolean shape = number.matches("[0-9]{17}[0-9X]");
        if (!shape) {
            assertThat(refusal).contains(Refusal.FORMAT);
            return;
        }
        boolean checkRight = checkCharacter(number.substring(0, 17)) == number.charAt(17);
        if (refusal.isEmpty()) {
            assertThat(checkRight).as("%s accepted with a wrong check character", number).isTrue();
        }
        if (refusal.isPresent() && refusal.get() == Refusal.CHECK_DIGIT) {
            assertThat(checkRight).as("%s refused with a right check character", number).isFalse();
        }
        if (IdNumberPolicy.provinceKnown(number) && IdNumberPolicy.birthDatePlausible(number, TODAY)) {
            assertThat(refusal.isEmpty()).as("%s: valid exactly when the check character is right", number)
                    .isEqualTo(checkRight);
        }
    }

    @FuzzTest(maxDuration = "60s")
    void a_number_typed_with_spaces_full_width_characters_or_a_small_x_normalises_to_itself(FuzzedDataProvider data) {
        StringBuilder first17 = new StringBuilder();
        for (int i = 0; i < 17; i++) {
            first17.append((char) ('0' + data.consumeInt(0, 9)));
        }
        String number = first17.toString() + checkCharacter(first17.toString());
        StringBuilder typed = new StringBuilder();
        for (char c : number.toCharArray()) {
            while (data.consumeBoolean()) {
                typed.append(data.pickValue(SEPARATORS));
            }
            if (c == 'X' && data.consumeBoolean()) {
                c = 'x';
            }
            typed.append(data.consumeBoolean() ? (char) (c + 0xFEE0) : c);   // full width: '０'..'９', 'Ｘ', 'ｘ'
        }
        assertThat(IdNumberPolicy.normalise(typed.toString())).as("typed as \"%s\"", typed).isEqualTo(number);
        assertThat(IdNumberPolicy.refusal(IdNumberPolicy.normalise(typed.toString()), TODAY))
                .isNotIn(Optional.of(Refusal.CHECK_DIGIT), Optional.of(Refusal.FORMAT));
    }

    /** ISO 7064 MOD 11-2 as GB 11643-1999 states it: weights 2^(17-i) mod 11, check (12 - sum mod 11) mod 11. */
    private static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int weight = (1 << (17 - i)) % 11;
            sum += (first17.charAt(i) - '0') * weight;
        }
        int check = (12 - sum % 11) % 11;
        return check == 10 ? 'X' : (char) ('0' + check);
    }
}
