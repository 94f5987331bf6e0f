package org.civicgrid.search.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns text into what the index stores and queries ask for, the way Lucene's CJK analyzer does:
 * Chinese (and Japanese, Korean) runs become overlapping two-character tokens, so that a two-character
 * query finds those characters anywhere inside a longer word; Latin letters and digits become
 * lower-cased words. Everything else (punctuation, spaces) separates runs.
 *
 * <p>Every CJK character is also a token of its own, so a one-character query is an exact lookup too.
 * The index keeps no positions: it answers "holds every bigram of the term", and the exact substring is
 * then checked on the normalized text of the few records that pass — cheaper than positional phrase
 * matching, and exact.
 */
public final class TextAnalysis {

    /** Longest text indexed per record; the rest is kept for display only. */
    public static final int MAX_INDEXED_TEXT = 8000;
    /** Words at least this long match from their start; shorter ones match whole. */
    static final int MIN_PREFIX = 3;
    /** Longer words are cut (an ID-like string of 64 characters still matches on its start). */
    static final int MAX_WORD = 64;

    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** A query term: a CJK run (matched as a substring) or a word (matched from its start). */
    public record Term(String text, boolean cjk) {

        int length() {
            return text.codePointCount(0, text.length());
        }
    }

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

    /** The lexemes of normalized text (every CJK character, overlapping bigrams, words), added to {@code out}. */
    public static void lexemes(String normalized, Set<String> out) {
        for (Term term : terms(normalized)) {
            if (!term.cjk()) {
                out.add(term.text());
                continue;
            }
            int[] cps = term.text().codePoints().toArray();
            for (int k = 0; k < cps.length; k++) {
                out.add(new String(cps, k, 1));
                if (k < cps.length - 1) {
                    out.add(new String(cps, k, 2));
                }
            }
        }
    }

    /** A tsvector literal: the lexemes, quoted, without positions. */
    public static String tsvector(Collection<String> lexemes) {
        StringBuilder out = new StringBuilder();
        for (String lexeme : lexemes) {
            out.append(out.isEmpty() ? "" : " ").append(quote(lexeme));
        }
        return out.toString();
    }

    /**
     * A tsquery literal that every term must pass: one CJK character as itself, a longer CJK run as all of
     * its bigrams, a word of three or more characters as a prefix, a shorter word as itself. No prefix on
     * short tokens: a prefix lookup reads every matching posting list whole, which for one character or
     * letter is most of the index.
     */
    public static String tsquery(List<Term> terms) {
        List<String> parts = new ArrayList<>();
        for (Term term : terms) {
            if (!term.cjk()) {
                parts.add(quote(term.text()) + (term.length() >= MIN_PREFIX ? ":*" : ""));
                continue;
            }
            int[] cps = term.text().codePoints().toArray();
            if (cps.length == 1) {
                parts.add(quote(term.text()));
                continue;
            }
            Set<String> bigrams = new LinkedHashSet<>();
            for (int k = 0; k < cps.length - 1; k++) {
                bigrams.add(quote(new String(cps, k, 2)));
            }
            parts.add(bigrams.size() == 1 ? bigrams.iterator().next() : "(" + String.join(" & ", bigrams) + ")");
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
