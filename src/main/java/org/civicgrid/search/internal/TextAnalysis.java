package org.civicgrid.search.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Turns text into what the index stores and queries match, the way Lucene's CJK analyzer does:
 * Chinese (and Japanese, Korean) runs become overlapping two-character tokens, so that a two-character
 * query finds those characters anywhere inside a longer word; Latin letters and digits become
 * lower-cased words. Everything else (punctuation, spaces) separates runs.
 *
 * <p>Each run also ends with its last character alone, at the same position as the run's last bigram,
 * so a one-character query (a prefix over tokens) finds every occurrence, including the last.
 * Consecutive runs are one position apart plus a gap, so a phrase never spans two runs.
 */
public final class TextAnalysis {

    /** Longest text indexed per record; the rest is kept for display only. */
    public static final int MAX_INDEXED_TEXT = 8000;
    /** Longer words are cut (an ID-like string of 64 characters still matches on its start). */
    static final int MAX_WORD = 64;
    /** PostgreSQL keeps positions up to 16383 and at most 256 per lexeme. */
    static final int MAX_POSITION = 16383;
    static final int MAX_POSITIONS_PER_LEXEME = 256;

    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** A query term: a CJK run (matched as a substring) or a word (matched from its start). */
    public record Term(String text, boolean cjk) {

        int length() {
            return text.codePointCount(0, text.length());
        }
    }

    /** A token and its position, as a tsvector stores it. */
    public record Token(String lexeme, int position) {}

    private TextAnalysis() {}

    /** NFKC (full-width to half-width), lower case, runs of white space as one space. */
    public static String normalize(String text) {
        if (text == null) {
            return "";
        }
        String n = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return SPACES.matcher(n).replaceAll(" ").strip();
    }

    /** The runs of normalized text, in order. */
    public static List<Term> terms(String normalized) {
        List<Term> terms = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        Boolean runCjk = null;
        int i = 0;
        while (i < normalized.length()) {
            int cp = normalized.codePointAt(i);
            i += Character.charCount(cp);
            boolean cjk = isCjk(cp);
            boolean word = !cjk && Character.isLetterOrDigit(cp);
            if (!cjk && !word) {
                flush(terms, run, runCjk);
                runCjk = null;
                continue;
            }
            if (runCjk != null && runCjk != cjk) {
                flush(terms, run, runCjk);
            }
            runCjk = cjk;
            run.appendCodePoint(cp);
        }
        flush(terms, run, runCjk);
        return terms;
    }

    /** The tokens of normalized text, positions from {@code start}; returns the next free position. */
    public static int tokens(String normalized, int start, List<Token> out) {
        int pos = start;
        for (Term term : terms(normalized)) {
            if (!term.cjk()) {
                out.add(new Token(term.text(), pos));
                pos += 2;
                continue;
            }
            int[] cps = term.text().codePoints().toArray();
            if (cps.length == 1) {
                out.add(new Token(term.text(), pos));
                pos += 2;
                continue;
            }
            for (int k = 0; k < cps.length - 1; k++) {
                out.add(new Token(new String(cps, k, 2), pos + k));
            }
            out.add(new Token(new String(cps, cps.length - 1, 1), pos + cps.length - 2));
            pos += cps.length - 1 + 1;
        }
        return pos;
    }

    /** A tsvector literal of the tokens plus extra position-less lexemes (kind and region filters). */
    public static String tsvector(List<Token> tokens, List<String> extra) {
        Map<String, List<Integer>> positions = new LinkedHashMap<>();
        for (Token t : tokens) {
            List<Integer> list = positions.computeIfAbsent(t.lexeme(), k -> new ArrayList<>());
            if (list.size() < MAX_POSITIONS_PER_LEXEME) {
                list.add(Math.max(1, Math.min(MAX_POSITION, t.position())));
            }
        }
        StringBuilder out = new StringBuilder();
        positions.forEach((lexeme, list) -> {
            out.append(quote(lexeme)).append(':');
            for (int k = 0; k < list.size(); k++) {
                out.append(k == 0 ? "" : ",").append(list.get(k));
            }
            out.append(' ');
        });
        for (String lexeme : extra) {
            if (!positions.containsKey(lexeme)) {
                out.append(quote(lexeme)).append(' ');
            }
        }
        return out.toString().strip();
    }

    /**
     * A tsquery literal that every term must match: a word as a prefix, one CJK character as a prefix
     * (it starts a bigram or ends a run), a longer CJK run as the phrase of its bigrams.
     */
    public static String tsquery(List<Term> terms) {
        List<String> parts = new ArrayList<>();
        for (Term term : terms) {
            if (!term.cjk() || term.length() == 1) {
                parts.add(quote(term.text()) + ":*");
                continue;
            }
            int[] cps = term.text().codePoints().toArray();
            List<String> bigrams = new ArrayList<>();
            for (int k = 0; k < cps.length - 1; k++) {
                bigrams.add(quote(new String(cps, k, 2)));
            }
            parts.add(bigrams.size() == 1 ? bigrams.get(0) : "(" + String.join(" <-> ", bigrams) + ")");
        }
        return String.join(" & ", parts);
    }

    /** A lexeme in single quotes, as tsvector and tsquery literals want it. */
    static String quote(String lexeme) {
        return "'" + lexeme.replace("\\", "\\\\").replace("'", "''") + "'";
    }

    static boolean isCjk(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL
                || script == Character.UnicodeScript.BOPOMOFO;
    }

    private static void flush(List<Term> terms, StringBuilder run, Boolean cjk) {
        if (run.isEmpty()) {
            return;
        }
        String text = run.toString();
        if (!cjk && text.length() > MAX_WORD) {
            text = text.substring(0, MAX_WORD);
        }
        terms.add(new Term(text, cjk));
        run.setLength(0);
    }
}
