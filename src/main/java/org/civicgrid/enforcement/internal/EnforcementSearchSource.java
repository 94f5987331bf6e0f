package org.civicgrid.enforcement.internal;

import java.util.List;
import java.util.function.Consumer;

import org.civicgrid.enforcement.EnforcementManagement;
import org.civicgrid.shared.events.SearchableChanged;
import org.civicgrid.shared.search.IdBatches;
import org.civicgrid.shared.search.SearchSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/** Every operation as the search index knows it ({@link OperationViews#searchEntry}), for a rebuild. */
@Component
class EnforcementSearchSource implements SearchSource {

    private final OperationRepository operations;
    private final OperationViews views;
    private final IdBatches batches;

    EnforcementSearchSource(OperationRepository operations, OperationViews views,
            PlatformTransactionManager transactions) {
        this.operations = operations;
        this.views = views;
        this.batches = new IdBatches(transactions);
    }

    @Override
    public String kind() {
        return EnforcementManagement.SEARCH_KIND;
    }

    @Override
    public void republish(Consumer<List<SearchableChanged>> sink) {
        batches.republish(after -> operations.after(after, PageRequest.of(0, IdBatches.SIZE)), Operation::getId,
                views::searchEntry, sink);
    }
}
