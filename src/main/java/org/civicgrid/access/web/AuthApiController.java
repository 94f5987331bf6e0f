package org.civicgrid.access.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.civicgrid.access.CurrentUser;
import org.civicgrid.access.internal.AccountDetails;
import org.civicgrid.access.internal.TokenService;
import org.civicgrid.shared.DomainException;
import org.civicgrid.shared.ratelimit.RateLimits;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/auth")
@Tag(name = "Authentication")
class AuthApiController {

    record TokenRequest(@NotBlank @Size(max = 64) String username, @NotBlank @Size(max = 128) String password) {}

    record TokenResponse(String accessToken, String tokenType, long expiresIn) {}

    private final AuthenticationManager authentication;
    private final TokenService tokens;
    private final RateLimits limits;

    AuthApiController(AuthenticationConfiguration configuration, TokenService tokens, RateLimits limits)
            throws Exception {
        this.authentication = configuration.getAuthenticationManager();
        this.tokens = tokens;
        this.limits = limits;
    }

    @PostMapping("/token")
    @Operation(summary = "Exchange a username and password for a bearer token (valid one hour)")
    TokenResponse token(@Valid @RequestBody TokenRequest request, HttpServletRequest http) {
        limits.consume("token", "ip:" + http.getRemoteAddr());
        limits.consume("token", "user:" + request.username().trim().toLowerCase(java.util.Locale.ROOT));
        Authentication result;
        try {
            result = authentication.authenticate(
                    UsernamePasswordAuthenticationToken.unauthenticated(request.username(), request.password()));
        } catch (LockedException e) {
            throw new DomainException(401, "account-locked", "Account locked",
                    "Too many wrong passwords: the account is locked for a while, or ask the administrator to unlock it");
        } catch (DisabledException e) {
            throw new DomainException(401, "account-disabled", "Account disabled", "This account is disabled");
        } catch (AuthenticationException e) {
            throw new DomainException(401, "invalid-credentials", "Invalid credentials", "Wrong username or password");
        }
        CurrentUser user = ((AccountDetails) result.getPrincipal()).user();
        TokenService.Issued issued = tokens.issue(user);
        return new TokenResponse(issued.token(), "Bearer", issued.expiresIn());
    }
}
