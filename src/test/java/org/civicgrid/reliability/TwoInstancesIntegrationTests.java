package org.civicgrid.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;

import org.civicgrid.CivicGridApplication;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two instances of the platform on one database, as behind a load balancer: a sign-in made on one is
 * honoured by the other (sessions live in the database) and a job guarded by ShedLock runs once even
 * when both instances start it at the same moment.
 */
class TwoInstancesIntegrationTests {

    private static ConfigurableApplicationContext first;
    private static ConfigurableApplicationContext second;

    @BeforeAll
    static void startTwoInstances() {
        String db = System.getenv().getOrDefault("CIVICGRID_DB_URL",
                "jdbc:h2:mem:two-instances;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        first = start(db);
        second = start(db);
    }

    private static ConfigurableApplicationContext start(String db) {
        return new SpringApplicationBuilder(CivicGridApplication.class)
                // a plain application, as in production: the test suite's own helpers stay out
                .initializers(context -> context.getBeanFactory().registerSingleton("excludeTestComponents",
                        new TypeExcludeFilter() {
                            @Override
                            public boolean match(MetadataReader reader, MetadataReaderFactory factory) {
                                try {
                                    return reader.getResource().getURL().toString().contains("/test-classes/");
                                } catch (java.io.IOException e) {
                                    return false;
                                }
                            }
                        }))
                .run("--server.port=0",
                "--spring.datasource.url=" + db, "--spring.main.banner-mode=off",
                // jobs are started by hand below; the scheduler itself stays quiet
                "--spring.task.scheduling.pool.size=1", "--civicgrid.scheduling.enabled=true");
    }

    @AfterAll
    static void stop() {
        if (second != null) {
            second.close();
        }
        if (first != null) {
            first.close();
        }
    }

    private static int port(ConfigurableApplicationContext context) {
        return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
    }

    @Test
    void a_sign_in_on_one_instance_is_honoured_by_the_other() throws Exception {
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        String base1 = "http://localhost:" + port(first);
        String base2 = "http://localhost:" + port(second);

        HttpResponse<String> loginPage = http.send(HttpRequest.newBuilder(URI.create(base1 + "/login")).build(),
                HttpResponse.BodyHandlers.ofString());
        String session = cookie(loginPage, "SESSION");
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(loginPage.body());
        assertThat(csrf.find()).isTrue();
        HttpResponse<String> signedIn = http.send(HttpRequest.newBuilder(URI.create(base1 + "/login"))
                .header("Cookie", "SESSION=" + session)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=xiaohutang&password=demo-2026&_csrf="
                        + java.net.URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.statusCode()).isEqualTo(302);
        String after = cookie(signedIn, "SESSION");

        HttpResponse<String> home = http.send(HttpRequest.newBuilder(URI.create(base2 + "/"))
                .header("Cookie", "SESSION=" + (after == null ? session : after)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));

        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("冯芳");
    }

    @Test
    void a_locked_job_started_on_both_instances_at_once_runs_once() throws Exception {
        List<LockProvider> providers = List.of(first.getBean(LockProvider.class), second.getBean(LockProvider.class));
        AtomicInteger runs = new AtomicInteger();
        CyclicBarrier together = new CyclicBarrier(2);
        String lock = "two-instances-" + System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Object>> done = providers.stream().map(provider -> pool.submit(() -> {
                together.await();
                // held for at least a minute, as the platform's jobs are, so a late second start also skips
                new DefaultLockingTaskExecutor(provider).executeWithLock((Runnable) runs::incrementAndGet,
                        new LockConfiguration(Instant.now(), lock, Duration.ofMinutes(5), Duration.ofMinutes(1)));
                return (Object) null;
            })).toList();
            for (Future<Object> f : done) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(runs).hasValue(1);
    }

    private static String cookie(HttpResponse<?> response, String name) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith(name + "="))
                .map(c -> c.substring(name.length() + 1, c.indexOf(';'))).findFirst().orElse(null);
    }
}
