package org.civicgrid.rivers.internal;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

import org.civicgrid.shared.events.SearchableChanged;
import org.civicgrid.shared.search.IdBatches;
import org.civicgrid.shared.search.SearchSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * A water body's entry in the search index — the one way it is written, at registration and for a rebuild,
 * which hands over every water body.
 */
@Component
public class RiverSearchSource implements SearchSource {

    /** Search kind of water bodies. */
    public static final String SEARCH_KIND = "river";

    private final RiverWaterBodyRepository bodies;
    private final IdBatches batches;

    RiverSearchSource(RiverWaterBodyRepository bodies, PlatformTransactionManager transactions) {
        this.bodies = bodies;
        this.batches = new IdBatches(transactions);
    }

    /** Found by its name, code and basin; dated at registration (a water body is not edited afterwards). */
    public static SearchableChanged entry(RiverWaterBody body) {
        return new SearchableChanged(SEARCH_KIND, String.valueOf(body.getId()), body.getRegionPath(), body.getName(),
                String.join(" ", body.getName(), body.getCode(), Objects.toString(body.getBasin(), "")),
                "/rivers/" + body.getId(), body.getCreatedAt(), false);
    }

    @Override
    public String kind() {
        return SEARCH_KIND;
    }

    @Override
    public void republish(Consumer<List<SearchableChanged>> sink) {
        batches.republish(after -> bodies.after(after, PageRequest.of(0, IdBatches.SIZE)), RiverWaterBody::getId,
                RiverSearchSource::entry, sink);
    }
}
