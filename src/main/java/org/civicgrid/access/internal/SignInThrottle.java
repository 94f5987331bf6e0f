package org.civicgrid.access.internal;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.civicgrid.shared.TooManyRequestsException;
import org.civicgrid.shared.ratelimit.RateLimits;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Slows password guessing on the sign-in form: each address and each username may try
 * {@code civicgrid.rate-limits.login} times; past that the form answers 429 with Retry-After
 * (on top of the account lock after repeated wrong passwords).
 */
class SignInThrottle extends OncePerRequestFilter {

    /** The requests the form sign-in takes, matched as Spring Security matches them (not by the servlet path). */
    private static final RequestMatcher SIGN_IN =
            PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/login");

    private final RateLimits limits;

    SignInThrottle(RateLimits limits) {
        this.limits = limits;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !SIGN_IN.matches(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            limits.consume("login", "ip:" + request.getRemoteAddr());
            String username = request.getParameter("username");
            if (username != null) {
                limits.consume("login", "user:" + username.trim().toLowerCase(Locale.ROOT));
            }
        } catch (TooManyRequestsException e) {
            response.setHeader("Retry-After", String.valueOf(e.retryAfterSeconds()));
            response.sendError(429);
            return;
        }
        chain.doFilter(request, response);
    }
}
