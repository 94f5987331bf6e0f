package org.civicgrid.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.civicgrid.support.Api;
import org.civicgrid.support.IntegrationTest;
import org.civicgrid.support.Pages;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

@IntegrationTest
class SecurityHeadersIntegrationTests {

    @Autowired
    Pages pages;

    @Autowired
    Api api;

    @Test
    void pages_forbid_inline_scripts_framing_and_content_sniffing() {
        Pages.Page page = pages.get(null, "/login");

        String csp = page.raw().getHeader("Content-Security-Policy");
        assertThat(csp).contains("script-src 'self'").contains("frame-ancestors 'none'").contains("object-src 'none'");
        assertThat(csp.replaceAll("style-src[^;]*;", "")).doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
        assertThat(page.raw().getHeader("X-Frame-Options")).isEqualTo("DENY");
        assertThat(page.raw().getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
    }

    @Test
    void no_page_carries_an_inline_script() {
        Pages.Session admin = pages.signIn("admin");
        for (String path : new String[] {"/", "/login", "/regions", "/admin/users", "/admin/users/new", "/audit", "/inbox"}) {
            String html = pages.get(path.equals("/login") ? null : admin, path).html();
            assertThat(html.replaceAll("<script[^>]*type=\"application/json\"[^>]*>[\\s\\S]*?</script>", ""))
                    .as(path).doesNotContainPattern("<script(?![^>]*\\bsrc=)[^>]*>")
                    .doesNotContainPattern("\\son[a-z]+=\"");
        }
    }

    @Test
    void forms_without_the_csrf_token_are_refused() {
        Pages.Session admin = pages.signIn("admin");

        Pages.Page page = pages.perform(MockMvcRequestBuilders.post("/admin/users").param("username", "nocsrf"), admin);

        assertThat(page.status()).isEqualTo(403);
    }

    @Test
    void api_answers_are_never_framed_or_cached_by_the_browser() {
        Api.Response r = api.get("admin", "/api/v1/users/me");

        assertThat(r.raw().getHeader("Cache-Control")).contains("no-store");
        assertThat(r.raw().getHeader("X-Frame-Options")).isEqualTo("DENY");
    }
}
