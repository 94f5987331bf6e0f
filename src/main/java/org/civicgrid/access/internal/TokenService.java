package org.civicgrid.access.internal;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

import org.civicgrid.access.CurrentUser;
import org.civicgrid.access.Role;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.stereotype.Component;

import com.nimbusds.jose.jwk.source.ImmutableSecret;

/**
 * Bearer tokens for the API: HMAC-signed JWTs carrying the user, roles and region, so any instance
 * that shares the secret can check them without a database round trip.
 */
@Component
public class TokenService {

    private static final String ISSUER = "civicgrid";

    private final NimbusJwtEncoder encoder;
    private final NimbusJwtDecoder decoder;
    private final Duration ttl;
    private final Clock clock;

    TokenService(@Value("${civicgrid.security.jwt-secret}") String secret,
            @Value("${civicgrid.security.token-ttl:1h}") Duration ttl, Clock clock) {
        byte[] bytes = secret.getBytes(StandardCharsets.UTF_8);
        if (bytes.length < 32) {
            throw new IllegalStateException("civicgrid.security.jwt-secret must be at least 32 bytes");
        }
        SecretKey key = new SecretKeySpec(bytes, "HmacSHA256");
        this.encoder = new NimbusJwtEncoder(new ImmutableSecret<>(key));
        this.decoder = NimbusJwtDecoder.withSecretKey(key).macAlgorithm(MacAlgorithm.HS256).build();
        this.ttl = ttl;
        this.clock = clock;
    }

    public record Issued(String token, long expiresIn) {}

    public Issued issue(CurrentUser user) {
        Instant now = clock.instant();
        JwtClaimsSet claims = JwtClaimsSet.builder()
                .issuer(ISSUER)
                .subject(user.username())
                .issuedAt(now)
                .expiresAt(now.plus(ttl))
                .claim("uid", user.id())
                .claim("name", user.displayName())
                .claim("roles", user.roles().stream().map(Role::name).sorted().toList())
                .claim("rid", user.regionId())
                .claim("rpath", user.regionPath())
                .build();
        String token = encoder.encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(), claims))
                .getTokenValue();
        return new Issued(token, ttl.toSeconds());
    }

    JwtDecoder decoder() {
        return decoder;
    }

    /** Turns a verified token into an authentication whose principal is the {@link CurrentUser}. */
    static AbstractAuthenticationToken authentication(Jwt jwt) {
        List<String> roleNames = jwt.getClaimAsStringList("roles");
        Set<Role> roles = new HashSet<>();
        if (roleNames != null) {
            for (String name : roleNames) {
                roles.add(Role.valueOf(name));
            }
        }
        Number uid = (Number) jwt.getClaims().get("uid");
        Number rid = (Number) jwt.getClaims().get("rid");
        CurrentUser user = new CurrentUser(uid.longValue(), jwt.getSubject(), jwt.getClaimAsString("name"), roles,
                rid.longValue(), jwt.getClaimAsString("rpath"));
        return new BearerAuthentication(user, jwt);
    }

    static final class BearerAuthentication extends AbstractAuthenticationToken {

        private final CurrentUser user;
        private final transient Jwt jwt;

        BearerAuthentication(CurrentUser user, Jwt jwt) {
            super(AccountDetails.authorities(user));
            this.user = user;
            this.jwt = jwt;
            setAuthenticated(true);
        }

        @Override
        public Object getCredentials() {
            return jwt == null ? null : jwt.getTokenValue();
        }

        @Override
        public Object getPrincipal() {
            return user;
        }

        @Override
        public String getName() {
            return user.username();
        }
    }
}
