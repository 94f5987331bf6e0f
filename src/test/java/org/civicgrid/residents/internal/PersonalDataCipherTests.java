package org.civicgrid.residents.internal;

import org.civicgrid.shared.crypto.PersonalDataCipher;
import org.civicgrid.shared.crypto.EncryptedString;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;

import org.junit.jupiter.api.Test;

class PersonalDataCipherTests {

    private static final String KEY = Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef".getBytes());
    private static final String OTHER_KEY = Base64.getEncoder().encodeToString("fedcba9876543210fedcba9876543210".getBytes());

    private final PersonalDataCipher cipher = new PersonalDataCipher(KEY);

    @Test
    void a_sealed_value_opens_to_the_original_and_does_not_contain_it() {
        String sealed = cipher.encrypt("430204196303121234");

        assertThat(sealed).startsWith("v1:").doesNotContain("430204196303121234").doesNotContain("1963");
        assertThat(cipher.decrypt(sealed)).isEqualTo("430204196303121234");
    }

    @Test
    void the_same_value_seals_differently_every_time() {
        assertThat(cipher.encrypt("13812345678")).isNotEqualTo(cipher.encrypt("13812345678"));
    }

    @Test
    void a_tampered_value_or_another_key_does_not_open() {
        String sealed = cipher.encrypt("13812345678");
        char flipped = sealed.charAt(20) == 'A' ? 'B' : 'A';
        String tampered = sealed.substring(0, 20) + flipped + sealed.substring(21);

        assertThatThrownBy(() -> cipher.decrypt(tampered)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new PersonalDataCipher(OTHER_KEY).decrypt(sealed)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void the_lookup_hash_is_stable_for_one_key_and_differs_between_keys() {
        assertThat(cipher.lookupHash("11010519491231002X")).isEqualTo(cipher.lookupHash("11010519491231002X"))
                .hasSize(64).doesNotContain("1949");
        assertThat(new PersonalDataCipher(OTHER_KEY).lookupHash("11010519491231002X"))
                .isNotEqualTo(cipher.lookupHash("11010519491231002X"));
    }

    @Test
    void a_key_that_is_not_32_bytes_is_refused_at_start_up() {
        assertThatThrownBy(() -> new PersonalDataCipher(Base64.getEncoder().encodeToString(new byte[16])))
                .isInstanceOf(IllegalStateException.class);
    }
}
