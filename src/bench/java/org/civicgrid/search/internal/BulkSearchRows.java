package org.civicgrid.search.internal;

import java.time.Clock;
import java.time.Instant;

import org.civicgrid.search.SearchDocument;

/**
 * The benchmark data generator's way into the search index: a document analysed exactly as the platform
 * analyses it ({@link DatabaseSearchBackend} with the PostgreSQL flavour), written as a line of
 * {@code COPY search_document} text.
 */
public final class BulkSearchRows {

    /** The columns of {@link #copyLine}, in order. */
    public static final String COLUMNS = "kind, doc_id, region_path, title, body, url, title_norm, body_norm, updated_at, "
            + "indexed_at, removed, title_tsv, tsv";

    private final DatabaseSearchBackend backend = new DatabaseSearchBackend(null, new PostgresFlavour(), Clock.systemUTC());

    public void copyLine(StringBuilder out, String kind, String id, String regionPath, String title, String text, String url,
            Instant at) {
        DatabaseSearchBackend.Row r = backend.row(new SearchDocument(kind, id, regionPath, title, text, url, at));
        field(out, r.kind()).append('\t');
        field(out, r.id()).append('\t');
        field(out, r.regionPath()).append('\t');
        field(out, r.title()).append('\t');
        field(out, r.body()).append('\t');
        field(out, r.url()).append('\t');
        field(out, r.titleNorm()).append('\t');
        field(out, r.bodyNorm()).append('\t');
        out.append(r.updatedAt()).append('\t').append(r.indexedAt()).append('\t').append(r.removed()).append('\t');
        field(out, r.titleTsvector()).append('\t');
        field(out, r.tsvector()).append('\n');
    }

    /** A value in COPY's text format: backslash, tab and line breaks escaped, null as {@code \N}. */
    private static StringBuilder field(StringBuilder out, String value) {
        if (value == null) {
            return out.append("\\N");
        }
        for (int i = 0; i < value.length(); i++) {
            char ch = value.charAt(i);
            switch (ch) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(ch);
            }
        }
        return out;
    }
}
