package org.civicgrid.notices.internal;

import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Entities;
import org.jsoup.safety.Safelist;

/**
 * Rich text for articles, made safe with jsoup: only formatting tags survive (paragraphs, headings,
 * lists, emphasis, links, tables, images); scripts, event handlers, styles, frames and {@code javascript:}
 * URLs are dropped. Links open safely ({@code rel="nofollow noopener"}); images may come from the
 * platform's own uploads ({@code /files/...}) or https, and always fit a phone's width. Text without any
 * tag becomes paragraphs.
 */
public final class ArticleHtml {

    private static final String BASE = "https://civicgrid.invalid/";
    private static final Pattern TAG = Pattern.compile("<[a-zA-Z!/]");

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
        String html = TAG.matcher(raw).find() ? raw : paragraphs(raw);
        String clean = Jsoup.clean(html, BASE, SAFE, new Document.OutputSettings().prettyPrint(false));
        return clean.replace(BASE, "/");
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
