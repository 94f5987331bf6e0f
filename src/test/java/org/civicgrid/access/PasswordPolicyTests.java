package org.civicgrid.access;

import static org.assertj.core.api.Assertions.assertThat;

import org.civicgrid.access.internal.PasswordPolicy;
import org.junit.jupiter.api.Test;

class PasswordPolicyTests {

    @Test
    void the_demo_password_is_acceptable() {
        assertThat(PasswordPolicy.refusal("admin", "demo-2026")).isEmpty();
    }

    @Test
    void a_short_password_is_refused() {
        assertThat(PasswordPolicy.refusal("alice", "a1-b2")).contains("must be at least 8 characters");
    }

    @Test
    void a_password_of_one_kind_of_character_is_refused() {
        assertThat(PasswordPolicy.refusal("alice", "abcdefghij")).isPresent();
        assertThat(PasswordPolicy.refusal("alice", "1234567890123")).isPresent();
    }

    @Test
    void a_common_password_is_refused_whatever_its_case() {
        assertThat(PasswordPolicy.refusal("alice", "Password123")).contains("is too common");
        assertThat(PasswordPolicy.refusal("alice", "woaini1314")).contains("is too common");
    }

    @Test
    void a_password_containing_the_username_is_refused() {
        assertThat(PasswordPolicy.refusal("hexiaomin", "hexiaomin-2026")).contains("must not contain the username");
    }

    @Test
    void a_very_long_password_is_refused() {
        assertThat(PasswordPolicy.refusal("alice", "a1".repeat(65))).isPresent();
    }
}
