package org.civicgrid.notices.internal;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Rich text for articles, made safe with jsoup: only formatting tags survive (paragraphs, headings,
 * lists, emphasis, links, tables, images); scripts, event handlers, styles, frames and {@code javascript:}
 * URLs are dropped. Links open safely ({@code rel="nofollow noopener"}); images may come from the
 * platform's own uploads ({@code /files/...}) or https, and always fit a phone's width. Text without any
 * tag becomes paragraphs. Sanitising is idempotent: the sanitised body, sanitised again, is unchanged.
 */
public final class ArticleHtml {

    private static final String BASE = "https://civicgrid.invalid/";
    private static final Pattern TAG = Pattern.compile("<[a-zA-Z!/]");
    /**
     * Characters HTML does not allow in text: controls other than white space, and the noncharacters — jsoup
     * reads U+FFFF as the end of its input, so a body holding one lost its tail when it was sanitised again.
     */
    private static final Pattern NOT_IN_HTML = Pattern.compile("[\\x00-\\x08\\x0B\\x0E-\\x1F\\x7F\\uFDD0-\\uFDEF\\uFFFE\\uFFFF]");

    private static final int MAX_PASSES = 3;

    /**
     * A URL's scheme, read the way the most forgiving reader would: with every white space and control
     * character taken out first, so that {@code "java script:"} counts as {@code javascript:}.
     */
    private static final Pattern SCHEME = Pattern.compile("^([a-z][a-z0-9+.-]*):");
    private static final Set<String> SAFE_SCHEMES = Set.of("http", "https", "mailto");
    private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "cite");
    private static final Pattern INVISIBLE = Pattern.compile("[\\s\\p{Cntrl}]");

    private static final Safelist SAFE = Safelist.relaxed()
            .removeProtocols("img", "src", "http")
            .addEnforcedAttribute("a", "rel", "nofollow noopener")
            .addEnforcedAttribute("img", "style", "max-width:100%;height:auto")
            .preserveRelativeLinks(true);

    private ArticleHtml() {}

    public static String sanitise(String raw) {
        if (raw == null || raw.isBlank()) {
            return "";
        }
        String text = NOT_IN_HTML.matcher(raw).replaceAll("");
        String clean = clean(TAG.matcher(text).find() ? text : paragraphs(text));
        // The cleaner writes out the tree it was given, which a parser does not always build back the same way
        // (a heading inside a heading): clean again until nothing changes, so that a body saved again unchanged
        // (an edit) stays as it is.
        for (int pass = 0; pass < MAX_PASSES; pass++) {
            String again = clean(clean);
            if (again.equals(clean)) {
                break;
            }
            clean = again;
        }
        return clean;
    }

    private static String clean(String html) {
        Document doc = new Cleaner(SAFE).clean(Jsoup.parseBodyFragment(html, BASE));
        doc.outputSettings(new Document.OutputSettings().prettyPrint(false));
        // jsoup checks a link's protocol on the URL as it parses it, where "java script:x" is a relative
        // link; a reader that drops the space would run it, so such a link goes too.
        for (Element e : doc.body().getAllElements()) {
            for (String key : URL_ATTRIBUTES) {
                if (e.hasAttr(key) && !isSafeUrl(e.attr(key))) {
                    e.removeAttr(key);
                }
            }
        }
        String clean = doc.body().html().replace(BASE, "/");
        if (clean.isBlank()) {
            return "";
        }
        // Markup whose every tag was dropped leaves escaped text: keep it in a paragraph, so that sanitising it
        // again reads it as HTML and does not escape it a second time.
        return TAG.matcher(clean).find() ? clean : "<p>" + clean.strip() + "</p>";
    }

    private static boolean isSafeUrl(String value) {
        Matcher scheme = SCHEME.matcher(INVISIBLE.matcher(value).replaceAll("").toLowerCase(Locale.ROOT));
        return !scheme.find() || SAFE_SCHEMES.contains(scheme.group(1));
    }

    /** The article's words without markup, e.g. for a summary or the search index. */
    public static String text(String html) {
        return html == null ? "" : Jsoup.parse(html).text();
    }

    /** The first {@code max} characters of the text, cut at a character, with an ellipsis when cut. */
    public static String summary(String html, int max) {
        String text = text(html);
        return text.length() <= max ? text : text.substring(0, max) + "…";
    }

    private static String paragraphs(String text) {
        StringBuilder out = new StringBuilder();
        for (String line : text.strip().split("\\R")) {
            if (!line.isBlank()) {
                out.append("<p>").append(Entities.escape(line.strip())).append("</p>");
            }
        }
        return out.toString();
    }
}
