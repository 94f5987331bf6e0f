package org.civicgrid.residents;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

import org.civicgrid.access.AccountManagement;
import org.civicgrid.access.CurrentUser;
import org.civicgrid.access.UserSummary;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Signs a page request in as a demo user, the way the form login leaves them in the session. */
@Component
class SignedIn {

    private final AccountManagement accounts;

    SignedIn(AccountManagement accounts) {
        this.accounts = accounts;
    }

    RequestPostProcessor as(String username) {
        UserSummary u = accounts.findByUsername(username).orElseThrow();
        CurrentUser user = new CurrentUser(u.id(), u.username(), u.displayName(), u.roles(), u.regionId(), u.regionPath());
        return authentication(new UsernamePasswordAuthenticationToken(user, null,
                user.roles().stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList()));
    }
}
