package org.civicgrid.search;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.civicgrid.access.CurrentUser;
import org.civicgrid.access.CurrentUsers;
import org.civicgrid.access.Role;
import org.civicgrid.region.Regions;
import org.civicgrid.search.internal.SearchIndexer;
import org.civicgrid.search.internal.Snippets;
import org.civicgrid.shared.ForbiddenException;
import org.civicgrid.shared.InvalidInputException;
import org.civicgrid.shared.InvalidInputException.FieldError;
import org.civicgrid.shared.search.SearchSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * 全文检索 — searches the index for officials and community workers, inside their region, and rebuilds it
 * from the modules' {@link SearchSource}s (one for every kind the platform's modules publish).
 */
@Service
public class SearchManagement {

    /** Longest query accepted. */
    public static final int MAX_QUERY = 100;
    public static final int MAX_PAGE_SIZE = 50;
    /** Results past this page are not served (refine the query instead). */
    public static final int MAX_PAGE = 99;

    private final SearchBackend backend;
    private final SearchIndexer indexer;
    private final List<SearchSource> sources;
    private final Regions regions;
    private final Clock clock;

    SearchManagement(SearchBackend backend, SearchIndexer indexer, List<SearchSource> sources, Regions regions,
            Clock clock) {
        this.backend = backend;
        this.indexer = indexer;
        this.sources = sources;
        this.regions = regions;
        this.clock = clock;
    }

    /**
     * One page of results, ranked: title holds the query as typed, then title holds every term, then
     * only the text does; newest first within each. Blank queries find nothing.
     */
    @Transactional(readOnly = true)
    public SearchResults search(String query, Collection<String> kinds, int page, int size) {
        CurrentUser caller = CurrentUsers.require();
        if (!caller.isStaff()) {
            throw new ForbiddenException("Only officials and community workers use the search");
        }
        String q = query == null ? "" : query.strip();
        Set<String> wanted = kinds == null ? Set.of() : new LinkedHashSet<>(kinds.stream()
                .filter(k -> k != null && !k.isBlank()).map(String::strip).toList());
        validate(q, wanted, page, size);
        if (q.isEmpty()) {
            return new SearchResults(q, wanted, page, size, false, List.of());
        }
        List<SearchDocument> docs = backend.find(new SearchRequest(q, caller.scope().pathPrefix(), wanted,
                page * size, size + 1));
        List<SearchHit> hits = docs.stream().limit(size).map(d -> hit(d, q)).toList();
        return new SearchResults(q, wanted, page, size, docs.size() > size, hits);
    }

    /**
     * Re-indexes every kind a module offers as a {@link SearchSource} (or only {@code kind}) and then drops that
     * kind's documents the source no longer describes, and its tombstones. Kinds without a source are left as
     * their events made them. Runs outside any transaction: sources read in short batches and each batch is
     * written in a transaction of its own. Platform administrator only.
     *
     * @return documents indexed per kind
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public Map<String, Integer> rebuild(String kind) {
        if (!CurrentUsers.require().has(Role.PLATFORM_ADMIN)) {
            throw new ForbiddenException("Only the platform administrator rebuilds the search index");
        }
        Map<String, Integer> indexed = new LinkedHashMap<>();
        for (SearchSource source : sources) {
            if (kind != null && !kind.isBlank() && !source.kind().equals(kind.strip())) {
                continue;
            }
            Instant started = clock.instant();
            int[] count = {0};
            source.republish(batch -> count[0] += indexer.refresh(source.kind(), batch));
            backend.removeStale(source.kind(), started);
            indexed.merge(source.kind(), count[0], Integer::sum);
        }
        return indexed;
    }

    /** Kinds that can be rebuilt from a source. */
    public List<String> rebuildableKinds() {
        return sources.stream().map(SearchSource::kind).distinct().toList();
    }

    private static void validate(String q, Set<String> kinds, int page, int size) {
        List<FieldError> errors = new java.util.ArrayList<>();
        if (q.length() > MAX_QUERY) {
            errors.add(new FieldError("q", "at most " + MAX_QUERY + " characters"));
        }
        if (kinds.size() > 20 || kinds.stream().anyMatch(k -> !SearchIndexer.KIND.matcher(k).matches())) {
            errors.add(new FieldError("kind", "kinds are lower-case codes such as case or notice"));
        }
        if (page < 0 || page > MAX_PAGE) {
            errors.add(new FieldError("page", "0–" + MAX_PAGE));
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            errors.add(new FieldError("size", "1–" + MAX_PAGE_SIZE));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private SearchHit hit(SearchDocument d, String query) {
        return new SearchHit(d.kind(), d.id(), d.title(), Snippets.of(d.text(), query), d.url(), d.regionPath(),
                regionName(d.regionPath()), d.at());
    }

    private String regionName(String path) {
        String[] ids = path.substring(1).split("/");
        try {
            return regions.nameOf(Long.parseLong(ids[ids.length - 1]));
        } catch (NumberFormatException e) {
            return "";
        }
    }
}
