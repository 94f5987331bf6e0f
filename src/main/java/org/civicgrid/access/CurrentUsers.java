package org.civicgrid.access;

import java.util.Optional;

import org.civicgrid.access.internal.AccountDetails;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

/** Reads the signed-in user from the security context, whether they came by session or by token. */
public final class CurrentUsers {

    private CurrentUsers() {}

    public static Optional<CurrentUser> current() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null) {
            return Optional.empty();
        }
        Object principal = auth.getPrincipal();
        if (principal instanceof CurrentUser user) {
            return Optional.of(user);
        }
        if (principal instanceof AccountDetails details) {
            return Optional.of(details.user());
        }
        return Optional.empty();
    }

    /** @throws AuthenticationCredentialsNotFoundException when nobody is signed in */
    public static CurrentUser require() {
        return current().orElseThrow(() -> new AuthenticationCredentialsNotFoundException("Sign in first"));
    }

    /** The username for audit trails: the signed-in user, or {@code system} for jobs and start-up. */
    public static String actor() {
        return current().map(CurrentUser::username).orElse("system");
    }
}
