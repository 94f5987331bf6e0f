package org.civicgrid.residents.internal;

import java.util.List;
import java.util.function.Consumer;

import org.civicgrid.shared.events.SearchableChanged;
import org.civicgrid.shared.search.IdBatches;
import org.civicgrid.shared.search.SearchSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/** Every resident as the search index knows them ({@link ResidentViews#searchEntry}: masked), for a rebuild. */
@Component
class ResidentSearchSource implements SearchSource {

    private final ResidentRepository residents;
    private final ResidentViews views;
    private final IdBatches batches;

    ResidentSearchSource(ResidentRepository residents, ResidentViews views, PlatformTransactionManager transactions) {
        this.residents = residents;
        this.views = views;
        this.batches = new IdBatches(transactions);
    }

    @Override
    public String kind() {
        return ResidentViews.SEARCH_KIND;
    }

    @Override
    public void republish(Consumer<List<SearchableChanged>> sink) {
        batches.republish(after -> residents.after(after, PageRequest.of(0, IdBatches.SIZE)), Resident::getId,
                views::searchEntry, sink);
    }
}
