package org.civicgrid.shared.search;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.function.ToLongFunction;

import org.civicgrid.shared.events.SearchableChanged;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads a table for a {@link SearchSource} by keyset on its id ({@code where id > last order by id}, {@link #SIZE}
 * rows at a time), never the whole table at once and never in one long transaction: each batch is read, and its
 * entries built, in a read-only transaction of its own, then handed to the sink outside it. Ten million cases are
 * twenty thousand short reads.
 */
public final class IdBatches {

    /** Records read and handed over at a time. */
    public static final int SIZE = 500;

    private final TransactionTemplate readOnly;

    public IdBatches(PlatformTransactionManager transactions) {
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.readOnly.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * @param after the next at most {@link #SIZE} records whose id is greater than the argument, in id order
     * @param id    a record's id
     * @param entry the record's search entry, built while its transaction is open (lazy fields can be read); null
     *              for a record not in search
     * @param sink  receives each batch's entries
     */
    public <T> void republish(LongFunction<List<T>> after, ToLongFunction<T> id, Function<T, SearchableChanged> entry,
            Consumer<List<SearchableChanged>> sink) {
        long last = Long.MIN_VALUE;
        while (true) {
            long from = last;
            Batch batch = readOnly.execute(status -> {
                List<T> rows = after.apply(from);
                long next = rows.isEmpty() ? from : id.applyAsLong(rows.get(rows.size() - 1));
                return new Batch(rows.stream().map(entry).filter(Objects::nonNull).toList(), next, rows.size());
            });
            if (batch == null || batch.read() == 0) {
                return;
            }
            sink.accept(batch.entries());
            if (batch.read() < SIZE) {
                return;
            }
            last = batch.last();
        }
    }

    private record Batch(List<SearchableChanged> entries, long last, int read) {}
}
