package org.civicgrid.search.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.civicgrid.search.SearchHit.Snippet;
import org.civicgrid.search.internal.TextAnalysis.Term;

/** The part of a record's text around the first match, with every term inside it marked. */
public final class Snippets {

    static final int BEFORE = 30;
    static final int LENGTH = 140;

    private Snippets() {}

    public static List<Snippet> of(String text, String query) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        List<String> needles = TextAnalysis.terms(TextAnalysis.normalize(query)).stream().map(Term::text)
                .filter(t -> !t.isEmpty()).toList();
        String folded = text.toLowerCase(Locale.ROOT);
        String lower = folded.length() == text.length() ? folded : text;
        int first = -1;
        for (String needle : needles) {
            int at = lower.indexOf(needle);
            if (at >= 0 && (first < 0 || at < first)) {
                first = at;
            }
        }
        int start = first <= BEFORE ? 0 : first - BEFORE;
        int end = Math.min(text.length(), start + LENGTH);
        if (start > 0 && Character.isLowSurrogate(text.charAt(start))) {
            start--;
        }
        if (end < text.length() && Character.isLowSurrogate(text.charAt(end))) {
            end++;
        }
        boolean[] marked = new boolean[end - start];
        for (String needle : needles) {
            for (int at = lower.indexOf(needle, start); at >= 0 && at < end; at = lower.indexOf(needle, at + 1)) {
                for (int k = at; k < Math.min(end, at + needle.length()); k++) {
                    marked[k - start] = true;
                }
            }
        }
        List<Snippet> out = new ArrayList<>();
        if (start > 0) {
            out.add(new Snippet("…", false));
        }
        int k = start;
        while (k < end) {
            boolean m = marked[k - start];
            int j = k;
            while (j < end && marked[j - start] == m) {
                j++;
            }
            out.add(new Snippet(text.substring(k, j), m));
            k = j;
        }
        if (end < text.length()) {
            out.add(new Snippet("…", false));
        }
        return out;
    }
}
