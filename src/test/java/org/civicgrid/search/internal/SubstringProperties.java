package org.civicgrid.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import org.civicgrid.search.internal.TextAnalysis.Term;

/**
 * The promise of the CJK bigram index: any piece of Chinese text, of any length, finds the text it came
 * from, and characters it does not hold find nothing.
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

    /**
     * Evaluates what the backend does: the index lookup (every bigram of a term, a word or one character as
     * a prefix) and then the substring check on the normalized text.
     */
    static boolean matches(String text, String query) {
        String normalized = TextAnalysis.normalize(text);
        Set<String> index = new HashSet<>();
        TextAnalysis.lexemes(normalized, index);
        for (Term term : TextAnalysis.terms(TextAnalysis.normalize(query))) {
            boolean candidate;
            if (!term.cjk()) {
                candidate = term.length() >= TextAnalysis.MIN_PREFIX
                        ? index.stream().anyMatch(l -> l.startsWith(term.text())) : index.contains(term.text());
            } else if (term.length() == 1) {
                candidate = index.contains(term.text());
            } else {
                int[] cps = term.text().codePoints().toArray();
                candidate = true;
                for (int k = 0; k < cps.length - 1; k++) {
                    candidate &= index.contains(new String(cps, k, 2));
                }
            }
            if (!candidate || !normalized.contains(term.text())) {
                return false;
            }
        }
        return true;
    }

    /** The index lookup never loses a record that holds the piece (the substring check only removes). */
    @Property(tries = 300)
    void the_index_lookup_alone_keeps_every_record_that_holds_the_piece(@ForAll("pieces") Case c) {
        String piece = TextAnalysis.normalize(c.text().substring(c.from(), c.to()));
        Set<String> index = new HashSet<>();
        TextAnalysis.lexemes(TextAnalysis.normalize(c.text()), index);
        int[] cps = piece.codePoints().toArray();
        if (cps.length == 1) {
            assertThat(index).contains(piece);
        } else {
            for (int k = 0; k < cps.length - 1; k++) {
                assertThat(index).contains(new String(cps, k, 2));
            }
        }
    }
}
