package org.civicgrid.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.civicgrid.search.internal.TextAnalysis.Term;
import org.civicgrid.search.internal.TextAnalysis.Token;
import org.junit.jupiter.api.Test;

class TextAnalysisTests {

    @Test
    void chinese_runs_become_overlapping_bigrams_ending_with_their_last_character() {
        List<Token> tokens = new ArrayList<>();
        TextAnalysis.tokens("小湖塘社区", 1, tokens);

        assertThat(tokens).containsExactly(new Token("小湖", 1), new Token("湖塘", 2), new Token("塘社", 3),
                new Token("社区", 4), new Token("区", 4));
    }

    @Test
    void latin_words_and_numbers_are_lower_cased_words_and_full_width_forms_are_folded() {
        String normalized = TextAnalysis.normalize("ＡＢＣ Drain-Cover  ３号楼");

        assertThat(normalized).isEqualTo("abc drain-cover 3号楼");
        assertThat(TextAnalysis.terms(normalized)).containsExactly(new Term("abc", false), new Term("drain", false),
                new Term("cover", false), new Term("3", false), new Term("号楼", true));
    }

    @Test
    void runs_are_kept_apart_so_a_phrase_never_spans_punctuation() {
        List<Token> tokens = new ArrayList<>();
        TextAnalysis.tokens("小湖，湖塘", 1, tokens);

        assertThat(tokens).extracting(Token::lexeme).doesNotContain("湖湖");
        int endOfFirst = tokens.get(1).position();
        int startOfSecond = tokens.get(2).position();
        assertThat(startOfSecond - endOfFirst).isGreaterThan(1);
    }

    @Test
    void a_query_asks_for_every_term_words_and_single_characters_as_prefixes() {
        String query = TextAnalysis.tsquery(TextAnalysis.terms(TextAnalysis.normalize("小湖塘 井 Drain")));

        assertThat(query).isEqualTo("('小湖' <-> '湖塘') & '井':* & 'drain':*");
    }

    @Test
    void a_tsvector_literal_lists_positions_per_lexeme_and_the_filters() {
        List<Token> tokens = new ArrayList<>();
        TextAnalysis.tokens("井盖 井盖", 1, tokens);

        assertThat(TextAnalysis.tsvector(tokens, List.of("@k:case", "@r:7")))
                .isEqualTo("'井盖':1,3 '盖':1,3 '@k:case' '@r:7'");
    }

    @Test
    void quotes_and_backslashes_in_lexemes_are_escaped() {
        assertThat(TextAnalysis.quote("o'neil\\x")).isEqualTo("'o''neil\\\\x'");
    }
}
