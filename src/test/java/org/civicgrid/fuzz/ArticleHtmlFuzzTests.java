package org.civicgrid.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

import org.civicgrid.notices.internal.ArticleHtml;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;

/**
 * Fuzzing (Jazzer) of the HTML sanitiser that cleans notice and guide bodies written by staff: whatever goes in,
 * what comes out — read back the way a browser reads it — holds no script, no event handler and no
 * {@code javascript:} (or {@code vbscript:}/{@code data:}) link, and sanitising it again changes nothing.
 */
class ArticleHtmlFuzzTests {

    @FuzzTest(maxDuration = "60s")
    void sanitised_html_runs_nothing_and_stays_as_it_is_when_sanitised_again(FuzzedDataProvider data) {
        String raw = data.consumeRemainingAsString();
        String clean = ArticleHtml.sanitise(raw);

        assertThat(clean.toLowerCase(Locale.ROOT)).doesNotContain("<script", "<iframe", "<object", "<embed", "<style",
                "<svg", "<math", "<form");
        for (Element e : Jsoup.parseBodyFragment(clean).body().getAllElements()) {
            for (Attribute a : e.attributes()) {
                assertThat(a.getKey().toLowerCase(Locale.ROOT)).as("attribute of <%s>", e.tagName()).doesNotStartWith("on");
                String value = a.getValue().replaceAll("[\\s\\p{Cntrl}]", "").toLowerCase(Locale.ROOT);
                assertThat(value).as("%s of <%s>", a.getKey(), e.tagName())
                        .doesNotStartWith("javascript:").doesNotStartWith("vbscript:").doesNotStartWith("data:");
            }
        }
        assertThat(escaped(ArticleHtml.sanitise(clean))).as("sanitising the sanitised %s", escaped(raw))
                .isEqualTo(escaped(clean));
    }

    /** The text with every character outside printable ASCII as {@code \\uXXXX}, so that a difference shows. */
    private static String escaped(String s) {
        StringBuilder out = new StringBuilder();
        s.chars().forEach(c -> out.append(c >= 0x20 && c < 0x7f ? String.valueOf((char) c) : String.format("\\u%04x", c)));
        return out.toString();
    }
}
