package org.civicgrid.search.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.civicgrid.search.SearchBackend;
import org.civicgrid.search.SearchDocument;
import org.civicgrid.shared.events.SearchableChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

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
    private final TransactionTemplate batchTransaction;

    SearchIndexer(SearchBackend backend, Clock clock, PlatformTransactionManager transactions) {
        this.backend = backend;
        this.clock = clock;
        this.batchTransaction = new TransactionTemplate(transactions);
        this.batchTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
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
        if (e.removed()) {
            backend.remove(e.kind(), e.id(), e.regionPath(), at(e));
        } else {
            backend.upsert(document(e));
        }
        return true;
    }

    /**
     * A rebuild's batch from the source of {@code kind}, written in one transaction: every entry refreshes its
     * document (see {@link SearchBackend#refresh}); entries of another kind, removals and malformed ones are
     * logged and left out.
     *
     * @return how many documents were refreshed
     */
    public int refresh(String kind, List<SearchableChanged> batch) {
        List<SearchDocument> documents = new ArrayList<>(batch.size());
        for (SearchableChanged e : batch) {
            String problem = !kind.equals(e.kind()) ? "the source of " + kind + " handed another kind"
                    : e.removed() ? "a source hands present records only" : problem(e);
            if (problem != null) {
                log.warn("Search rebuild ignores {} {}: {}", e.kind(), e.id(), problem);
            } else {
                documents.add(document(e));
            }
        }
        batchTransaction.executeWithoutResult(status -> backend.refresh(documents));
        return documents.size();
    }

    private SearchDocument document(SearchableChanged e) {
        return new SearchDocument(e.kind(), e.id(), e.regionPath(), e.title(), e.text(), e.url(), at(e));
    }

    private java.time.Instant at(SearchableChanged e) {
        return e.at() == null ? clock.instant() : e.at();
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
