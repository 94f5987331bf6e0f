package org.civicgrid.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.civicgrid.support.IntegrationTest;
import org.civicgrid.support.Pages;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The one search box sits in the header of every page for officials and community workers, and only for them. */
@IntegrationTest
class HeaderSearchBoxIntegrationTests {

    @Autowired
    Pages pages;

    @Test
    void officials_and_community_workers_see_the_search_box_in_the_header_and_it_goes_to_the_search_page() {
        for (String user : new String[] {"admin", "tianyuan", "xiaohutang"}) {
            String html = pages.get(pages.signIn(user), "/courses").html();
            assertThat(html).as(user).contains("class=\"header-search\"", "action=\"/search\"", "id=\"header-search-q\"");
        }
        Pages.Page results = pages.get(pages.signIn("xiaohutang"), "/search?q=小湖塘");
        assertThat(results.status()).isEqualTo(200);
        assertThat(results.html()).contains("header-search-q");
    }

    @Test
    void residents_and_visitors_have_no_search_box() {
        assertThat(pages.get(pages.signIn("resident1"), "/courses").html()).doesNotContain("header-search");
        assertThat(pages.get(null, "/login").html()).doesNotContain("header-search");
    }
}
