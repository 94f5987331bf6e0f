package org.civicgrid.support;

import org.civicgrid.access.AccountManagement;
import org.civicgrid.access.CurrentUser;
import org.civicgrid.access.UserSummary;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Signs a demo or test user in without a password: for page requests (MockMvc) or direct service calls. */
public final class Sessions {

    private Sessions() {}

    public static UsernamePasswordAuthenticationToken authentication(AccountManagement accounts, String username) {
        UserSummary u = accounts.findByUsername(username).orElseThrow(() -> new IllegalArgumentException(username));
        CurrentUser me = new CurrentUser(u.id(), u.username(), u.displayName(), u.roles(), u.regionId(), u.regionPath());
        return new UsernamePasswordAuthenticationToken(me, null,
                me.roles().stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList());
    }

    /** A MockMvc request signed in as {@code username}, as a browser session would be. */
    public static RequestPostProcessor as(AccountManagement accounts, String username) {
        return SecurityMockMvcRequestPostProcessors.authentication(authentication(accounts, username));
    }

    /** Signs {@code username} in on the current thread, for calling services directly. */
    public static void signIn(AccountManagement accounts, String username) {
        SecurityContextHolder.getContext().setAuthentication(authentication(accounts, username));
    }
}
