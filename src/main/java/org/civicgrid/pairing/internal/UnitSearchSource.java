package org.civicgrid.pairing.internal;

import java.util.List;
import java.util.function.Consumer;

import org.civicgrid.shared.events.SearchableChanged;
import org.civicgrid.shared.search.IdBatches;
import org.civicgrid.shared.search.SearchSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * A paired unit's entry in the search index — the one way it is written, when the unit is registered or
 * described and for a rebuild, which hands over every unit. Units belong to the city: every official and
 * community worker finds them.
 */
@Component
public class UnitSearchSource implements SearchSource {

    /** Search kind of paired units. */
    public static final String SEARCH_KIND = "unit";

    private final UnitRepository units;
    private final IdBatches batches;

    UnitSearchSource(UnitRepository units, PlatformTransactionManager transactions) {
        this.units = units;
        this.batches = new IdBatches(transactions);
    }

    /** Found by its name, type, leader and the leader's title (never the phone); dated when last changed. */
    public static SearchableChanged entry(Unit u) {
        return new SearchableChanged(SEARCH_KIND, String.valueOf(u.getId()), u.getRegionPath(), u.getName(),
                String.join(" ", u.getName(), u.getType().name(), u.getLeaderName() == null ? "" : u.getLeaderName(),
                        u.getLeaderTitle() == null ? "" : u.getLeaderTitle()).trim(),
                "/pairing/units/" + u.getId(), u.getUpdatedAt(), false);
    }

    @Override
    public String kind() {
        return SEARCH_KIND;
    }

    @Override
    public void republish(Consumer<List<SearchableChanged>> sink) {
        batches.republish(after -> units.after(after, PageRequest.of(0, IdBatches.SIZE)), Unit::getId,
                UnitSearchSource::entry, sink);
    }
}
