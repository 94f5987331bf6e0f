package org.civicgrid.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import org.civicgrid.search.internal.TextAnalysis.Term;
import org.civicgrid.search.internal.TextAnalysis.Token;

/**
 * The promise of the CJK bigram index: any piece of Chinese text, of any length, finds the text it came
 * from — evaluated the way PostgreSQL evaluates the query (prefix for one character, adjacent bigram
 * positions for longer runs).
 */
class SubstringProperties {

    record Case(String text, int from, int to) {}

    @Property(tries = 300)
    void every_piece_of_a_chinese_text_finds_it(@ForAll("pieces") Case c) {
        String piece = c.text().substring(c.from(), c.to());

        assertThat(matches(c.text(), piece)).as("%s in %s", piece, c.text()).isTrue();
    }

    @Property(tries = 200)
    void characters_that_do_not_occur_find_nothing(@ForAll("texts") String text) {
        assertThat(matches(text, "鑫")).isFalse();
        assertThat(matches(text, "鑫淼")).isFalse();
    }

    @Provide
    Arbitrary<String> texts() {
        // a small alphabet, so that characters repeat and bigrams collide
        return Arbitraries.of('小', '湖', '塘', '社', '区', '井', '盖', '路', '，', ' ').list().ofMinSize(1).ofMaxSize(30)
                .map(chars -> {
                    StringBuilder s = new StringBuilder();
                    chars.forEach(s::append);
                    return s.toString();
                })
                .filter(s -> s.chars().anyMatch(ch -> TextAnalysis.isCjk(ch)));
    }

    @Provide
    Arbitrary<Case> pieces() {
        return texts().flatMap(text -> {
            List<int[]> runs = new ArrayList<>();
            for (int i = 0; i < text.length(); ) {
                if (!TextAnalysis.isCjk(text.charAt(i))) {
                    i++;
                    continue;
                }
                int j = i;
                while (j < text.length() && TextAnalysis.isCjk(text.charAt(j))) {
                    j++;
                }
                runs.add(new int[] {i, j});
                i = j;
            }
            return Arbitraries.of(runs).flatMap(run -> {
                Arbitrary<Integer> from = Arbitraries.integers().between(run[0], run[1] - 1);
                return from.flatMap(f -> Arbitraries.integers().between(f + 1, run[1])
                        .map(t -> new Case(text, f, t)));
            });
        });
    }

    /** Evaluates the query the backend would send against the tokens the backend would store. */
    static boolean matches(String text, String query) {
        List<Token> tokens = new ArrayList<>();
        TextAnalysis.tokens(TextAnalysis.normalize(text), 1, tokens);
        Map<String, Set<Integer>> index = new HashMap<>();
        tokens.forEach(t -> index.computeIfAbsent(t.lexeme(), k -> new HashSet<>()).add(t.position()));
        for (Term term : TextAnalysis.terms(TextAnalysis.normalize(query))) {
            if (!term.cjk() || term.length() == 1) {
                if (index.keySet().stream().noneMatch(l -> l.startsWith(term.text()))) {
                    return false;
                }
                continue;
            }
            int[] cps = term.text().codePoints().toArray();
            Set<Integer> starts = index.getOrDefault(new String(cps, 0, 2), Set.of());
            boolean found = false;
            for (int start : starts) {
                boolean all = true;
                for (int k = 1; k < cps.length - 1 && all; k++) {
                    all = index.getOrDefault(new String(cps, k, 2), Set.of()).contains(start + k);
                }
                found |= all;
            }
            if (!found) {
                return false;
            }
        }
        return true;
    }

}
