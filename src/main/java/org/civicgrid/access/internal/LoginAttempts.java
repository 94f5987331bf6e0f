package org.civicgrid.access.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Counts wrong passwords per account in the database (so every instance sees the same count) and
 * locks the account for {@link UserAccount#LOCK_DURATION} once {@link UserAccount#LOCK_AFTER_FAILURES}
 * come in a row; a successful sign-in resets the count.
 */
@Component
class LoginAttempts {

    private static final Logger log = LoggerFactory.getLogger(LoginAttempts.class);

    private final UserAccountRepository users;
    private final Clock clock;

    LoginAttempts(UserAccountRepository users, Clock clock) {
        this.users = users;
        this.clock = clock;
    }

    @EventListener
    public void failed(AuthenticationFailureBadCredentialsEvent event) {
        String username = String.valueOf(event.getAuthentication().getPrincipal()).trim().toLowerCase(Locale.ROOT);
        Instant now = clock.instant();
        if (users.recordFailure(username, UserAccount.LOCK_AFTER_FAILURES, now.plus(UserAccount.LOCK_DURATION)) > 0) {
            log.info("Failed sign-in for account {}", username);
        }
    }

    @EventListener
    public void succeeded(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof AccountDetails details) {
            users.recordSuccess(details.user().id(), clock.instant());
        }
    }
}
