package org.civicgrid.support;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.civicgrid.access.CurrentUser;
import org.civicgrid.access.Role;
import org.civicgrid.access.internal.TokenService;
import org.civicgrid.region.RegionRef;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Many residents at once for concurrency tests: rows written straight into the account tables (one
 * shared password hash, so no per-user hashing) and bearer tokens issued directly, so a test can fire
 * hundreds of real requests without hundreds of sign-ins. Not a bean (the shared test context stays the
 * same for every test class): build it from the context.
 */
public class Crowd {

    /** One member of the crowd: their account id, username and a bearer token. */
    public record Member(long id, String username, String displayName, String token) {

        public MockHttpServletRequestBuilder sign(MockHttpServletRequestBuilder request) {
            return request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
        }
    }

    private static final AtomicInteger SEQ = new AtomicInteger();

    private final JdbcTemplate jdbc;
    private final PasswordEncoder encoder;
    private final TokenService tokens;
    private final TestUsers users;
    private volatile String hash;

    public Crowd(ApplicationContext context) {
        this.jdbc = context.getBean(JdbcTemplate.class);
        this.encoder = context.getBean(PasswordEncoder.class);
        this.tokens = context.getBean(TokenService.class);
        this.users = context.getBean(TestUsers.class);
    }

    /**
     * Runs every task on its own thread, all released at the same instant, and returns their results in
     * order: the way to make requests truly race.
     */
    public static <T> List<T> atOnce(List<Callable<T>> tasks) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(tasks.size(), 200)));
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> task : tasks) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return task.call();
                }));
            }
            start.countDown();
            List<T> out = new ArrayList<>();
            for (Future<T> f : futures) {
                out.add(f.get(120, TimeUnit.SECONDS));
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    /** {@code n} new residents living in the region named {@code regionName}. */
    public List<Member> residents(int n, String regionName) {
        return of(n, regionName, Role.RESIDENT);
    }

    public List<Member> of(int n, String regionName, Role role) {
        RegionRef region = users.region(regionName);
        if (hash == null) {
            hash = encoder.encode(Api.DEMO_PASSWORD);
        }
        List<Member> out = new ArrayList<>();
        long next = 0;
        long last = -1;
        for (int i = 0; i < n; i++) {
            if (next > last) {
                // The sequence steps by 50 and Hibernate uses (value-49 .. value]; take whole blocks the same way.
                last = jdbc.queryForObject("select nextval('user_account_seq')", Long.class);
                next = last - 49;
            }
            long id = next++;
            String username = "crowd" + System.nanoTime() % 1_000_000_000L + "-" + SEQ.incrementAndGet();
            String name = "居民" + username.substring(username.length() - 4);
            jdbc.update("""
                    insert into user_account (id, username, password_hash, display_name, region_id, region_path, enabled,
                      failed_attempts, created_at, version) values (?, ?, ?, ?, ?, ?, true, 0, ?, 0)
                    """, id, username, hash, name, region.id(), region.path(), Timestamp.from(Instant.now()));
            jdbc.update("insert into user_role (user_id, role) values (?, ?)", id, role.name());
            String token = tokens.issue(new CurrentUser(id, username, name, Set.of(role), region.id(), region.path())).token();
            out.add(new Member(id, username, name, token));
        }
        return out;
    }
}
