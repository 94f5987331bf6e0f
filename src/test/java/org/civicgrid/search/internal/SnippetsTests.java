package org.civicgrid.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.civicgrid.search.SearchHit.Snippet;
import org.junit.jupiter.api.Test;

class SnippetsTests {

    @Test
    void the_snippet_marks_every_occurrence_of_the_terms_around_the_first_match() {
        List<Snippet> snippet = Snippets.of("居民反映下水道堵塞，下水道盖板破损。", "水道");

        assertThat(snippet).containsExactly(new Snippet("居民反映下", false), new Snippet("水道", true),
                new Snippet("堵塞，下", false), new Snippet("水道", true), new Snippet("盖板破损。", false));
    }

    @Test
    void a_long_text_is_cut_around_the_match_with_ellipses() {
        String text = "甲".repeat(200) + "井盖" + "乙".repeat(300);

        List<Snippet> snippet = Snippets.of(text, "井盖");

        assertThat(snippet.get(0).text()).isEqualTo("…");
        assertThat(snippet).contains(new Snippet("井盖", true));
        assertThat(snippet.get(snippet.size() - 1).text()).isEqualTo("…");
        assertThat(snippet.stream().mapToInt(s -> s.text().length()).sum()).isLessThan(150);
    }
}
