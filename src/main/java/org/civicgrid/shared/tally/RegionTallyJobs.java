package org.civicgrid.shared.tally;

import java.util.List;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the {@link RegionTallies} current: folds recorded changes into the regions' figures every second
 * (one instance at a time, through ShedLock; a second fold at the same time would be harmless, only
 * wasted), and at start-up — after the start-up datasets — counts every topic not counted yet (a new
 * database, a new topic, figures emptied by a migration). Folding waits until that is done, so a count never
 * races a fold on the same figures; changes of a topic are folded only once it has been counted.
 */
@Component
@Order(10)
class RegionTallyJobs implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(RegionTallyJobs.class);

    private final RegionTallies tallies;
    private final List<TallySource> sources;
    private final TransactionTemplate transaction;
    private volatile boolean started;

    RegionTallyJobs(RegionTallies tallies, List<TallySource> sources, PlatformTransactionManager transactions) {
        this.tallies = tallies;
        this.sources = sources;
        // one snapshot for the whole recount: changes written meanwhile stay behind, to be folded afterwards
        this.transaction = new TransactionTemplate(transactions);
        this.transaction.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
    }

    @Scheduled(initialDelayString = "${civicgrid.tally.fold-every:PT1S}", fixedDelayString = "${civicgrid.tally.fold-every:PT1S}")
    @SchedulerLock(name = "region-tally.fold", lockAtMostFor = "PT5M")
    public void fold() {
        if (!started) {
            return;
        }
        int folded;
        do {
            folded = tallies.fold();
        } while (folded == RegionTallies.FOLD_BATCH);
    }

    @Override
    public void run(ApplicationArguments args) {
        try {
            for (TallySource source : sources) {
                if (!tallies.has(source.topic())) {
                    recount(source);
                }
            }
        } finally {
            started = true;
        }
    }

    private void recount(TallySource source) {
        long began = System.nanoTime();
        for (int attempt = 1; ; attempt++) {
            try {
                transaction.executeWithoutResult(s -> tallies.rebuild(source));
                log.info("Figures of {} counted afresh in {} ms", source.topic(), (System.nanoTime() - began) / 1_000_000);
                return;
            } catch (DataIntegrityViolationException e) {
                log.info("Figures of {} were counted by another instance at the same time", source.topic());
                return;
            } catch (ConcurrencyFailureException e) {
                // another instance folded into the same figures meanwhile: count again
                if (attempt == 3) {
                    throw e;
                }
            }
        }
    }
}
