package org.civicgrid.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.civicgrid.search.internal.TextAnalysis.Term;
import org.junit.jupiter.api.Test;

class TextAnalysisTests {

    @Test
    void chinese_runs_become_their_characters_and_overlapping_bigrams() {
        Set<String> lexemes = new LinkedHashSet<>();
        TextAnalysis.lexemes("小湖塘社区", lexemes);

        assertThat(lexemes).containsExactly("小", "小湖", "湖", "湖塘", "塘", "塘社", "社", "社区", "区");
    }

    @Test
    void latin_words_and_numbers_are_lower_cased_words_and_full_width_forms_are_folded() {
        String normalized = TextAnalysis.normalize("ＡＢＣ Drain-Cover  ３号楼");

        assertThat(normalized).isEqualTo("abc drain-cover 3号楼");
        assertThat(TextAnalysis.terms(normalized)).containsExactly(new Term("abc", false), new Term("drain", false),
                new Term("cover", false), new Term("3", false), new Term("号楼", true));
    }

    @Test
    void punctuation_ends_a_run_so_no_bigram_spans_it() {
        Set<String> lexemes = new LinkedHashSet<>();
        TextAnalysis.lexemes("小湖，湖塘 drain", lexemes);

        assertThat(lexemes).containsExactly("小", "小湖", "湖", "湖塘", "塘", "drain");
    }

    @Test
    void a_query_asks_for_every_term_and_only_longer_words_as_prefixes() {
        String query = TextAnalysis.tsquery(TextAnalysis.terms(TextAnalysis.normalize("小湖塘 井 Drain 3 ab")));

        assertThat(query).isEqualTo("('小湖' & '湖塘') & '井' & 'drain':* & '3' & 'ab'");
    }

    @Test
    void a_tsvector_literal_lists_each_lexeme_once_without_positions() {
        Set<String> lexemes = new LinkedHashSet<>();
        TextAnalysis.lexemes("井盖 井盖", lexemes);
        lexemes.addAll(List.of("@k:case", "@r:7"));

        assertThat(TextAnalysis.tsvector(lexemes)).isEqualTo("'井' '井盖' '盖' '@k:case' '@r:7'");
    }

    @Test
    void quotes_and_backslashes_in_lexemes_are_escaped() {
        assertThat(TextAnalysis.quote("o'neil\\x")).isEqualTo("'o''neil\\\\x'");
    }
}
