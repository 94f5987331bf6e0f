package org.civicgrid.cases.internal;

import java.util.List;
import java.util.function.Consumer;

import org.civicgrid.shared.events.SearchableChanged;
import org.civicgrid.shared.search.IdBatches;
import org.civicgrid.shared.search.SearchSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/** Every case as its steps describe it to the search index ({@link CaseEffects#searchable}), for a rebuild. */
@Component
class CaseSearchSource implements SearchSource {

    private final CaseFileRepository cases;
    private final CaseEffects effects;
    private final IdBatches batches;

    CaseSearchSource(CaseFileRepository cases, CaseEffects effects, PlatformTransactionManager transactions) {
        this.cases = cases;
        this.effects = effects;
        this.batches = new IdBatches(transactions);
    }

    @Override
    public String kind() {
        return CaseEffects.SEARCH_KIND;
    }

    @Override
    public void republish(Consumer<List<SearchableChanged>> sink) {
        batches.republish(after -> cases.after(after, PageRequest.of(0, IdBatches.SIZE)), CaseFile::getId,
                effects::searchable, sink);
    }
}
