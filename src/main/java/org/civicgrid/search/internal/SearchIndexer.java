package org.civicgrid.search.internal;

import java.time.Clock;
import java.util.regex.Pattern;

import org.civicgrid.search.SearchBackend;
import org.civicgrid.search.SearchDocument;
import org.civicgrid.shared.events.SearchableChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the index in step with every module's {@link SearchableChanged}: upserts by kind and id, removes
 * when the record is gone. Runs after the publisher's commit; the event registry retries it if it fails.
 */
@Component
public class SearchIndexer {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexer.class);
    /** Kinds are short codes: they become lexemes and URL parameters. */
    public static final Pattern KIND = Pattern.compile("[a-z][a-z0-9_-]{0,39}");
    private static final Pattern REGION_PATH = Pattern.compile("(/[0-9]+)+/");

    private final SearchBackend backend;
    private final Clock clock;

    SearchIndexer(SearchBackend backend, Clock clock) {
        this.backend = backend;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(SearchableChanged event) {
        apply(event);
    }

    /** Applies one event; a malformed one is logged and dropped (retrying it would never help). */
    public boolean apply(SearchableChanged e) {
        String problem = problem(e);
        if (problem != null) {
            log.warn("Search index ignores {} {}: {}", e.kind(), e.id(), problem);
            return false;
        }
        java.time.Instant at = e.at() == null ? clock.instant() : e.at();
        if (e.removed()) {
            backend.remove(e.kind(), e.id(), e.regionPath(), at);
        } else {
            backend.upsert(new SearchDocument(e.kind(), e.id(), e.regionPath(), e.title(), e.text(), e.url(), at));
        }
        return true;
    }

    static String problem(SearchableChanged e) {
        if (e.kind() == null || !KIND.matcher(e.kind()).matches()) {
            return "kind must be 1–40 lower-case letters, digits, '-' or '_'";
        }
        if (e.id() == null || e.id().isBlank() || e.id().length() > 100) {
            return "id must be 1–100 characters";
        }
        if (e.regionPath() == null || !REGION_PATH.matcher(e.regionPath()).matches() || e.regionPath().length() > 400) {
            return "region path must look like /1/7/";
        }
        if (!e.removed() && (e.title() == null || e.title().isBlank())) {
            return "a record needs a title";
        }
        if (e.url() != null && (!e.url().startsWith("/") || e.url().startsWith("//"))) {
            return "the url must be a path inside the platform, such as /cases/42";
        }
        return null;
    }
}
