package org.civicgrid.notices.web;

import java.io.StringWriter;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Function;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.civicgrid.notices.ArticleView;
import org.civicgrid.shared.time.TimeConfiguration;

/**
 * Writes an Atom 1.0 feed (RFC 4287): the feed's id, title, updated, author and links, and for every
 * entry its id, title, updated, published, link, category, summary and the sanitised HTML as content.
 * Ids are tag URIs (RFC 4151) so they never change when the site moves.
 */
final class AtomFeed {

    static final String NS = "http://www.w3.org/2005/Atom";
    static final String CONTENT_TYPE = "application/atom+xml;charset=UTF-8";
    private static final String TAG = "tag:civicgrid.zhuzhou.gov.cn,2019:";
    private static final DateTimeFormatter RFC3339 = DateTimeFormatter.ISO_OFFSET_DATE_TIME.withZone(TimeConfiguration.ZONE);

    /**
     * @param feedKey  stable key of the feed, e.g. {@code community/42}
     * @param base     absolute URL of the site, without a trailing slash
     * @param selfPath the feed's own path; {@code pagePath} the page it mirrors
     */
    static String write(String feedKey, String title, String author, String base, String selfPath, String pagePath,
            List<ArticleView> entries, Instant fallbackUpdated, Function<ArticleView, String> categoryLabel) {
        Instant updated = entries.stream().map(ArticleView::feedUpdated).max(Instant::compareTo).orElse(fallbackUpdated);
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("feed");
            xml.writeDefaultNamespace(NS);
            xml.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "lang", "zh-CN");
            text(xml, "id", TAG + feedKey);
            text(xml, "title", title);
            text(xml, "updated", time(updated));
            link(xml, "self", "application/atom+xml", base + selfPath);
            link(xml, "alternate", "text/html", base + pagePath);
            xml.writeStartElement("author");
            text(xml, "name", author);
            xml.writeEndElement();
            xml.writeStartElement("generator");
            xml.writeAttribute("uri", base + "/");
            xml.writeCharacters("CivicGrid");
            xml.writeEndElement();
            for (ArticleView a : entries) {
                xml.writeStartElement("entry");
                text(xml, "id", TAG + "notice/" + a.id());
                text(xml, "title", a.title());
                text(xml, "updated", time(a.feedUpdated()));
                text(xml, "published", time(a.publishAt()));
                link(xml, "alternate", "text/html", base + "/public/notices/" + a.id());
                xml.writeEmptyElement("category");
                xml.writeAttribute("term", a.category().name());
                xml.writeAttribute("label", categoryLabel.apply(a));
                if (a.author() != null) {
                    xml.writeStartElement("author");
                    text(xml, "name", a.author());
                    xml.writeEndElement();
                }
                text(xml, "summary", a.summary() == null ? "" : a.summary());
                xml.writeStartElement("content");
                xml.writeAttribute("type", "html");
                xml.writeCharacters(a.bodyHtml());
                xml.writeEndElement();
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Could not write the feed", e);
        }
        return out.toString();
    }

    private static String time(Instant at) {
        return RFC3339.format(at.truncatedTo(ChronoUnit.SECONDS));
    }

    private static void text(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String type, String href) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("type", type);
        xml.writeAttribute("href", href);
    }
}
