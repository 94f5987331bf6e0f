package org.civicgrid.notices.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

import org.civicgrid.shared.events.SearchableChanged;
import org.civicgrid.shared.search.IdBatches;
import org.civicgrid.shared.search.SearchSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * An article's entry in the search index — the one way it is written, for the announcement of a public article
 * and for a rebuild, which hands over every public article the index has been told of.
 */
@Component
public class NoticeSearchSource implements SearchSource {

    /** Search kind of articles. */
    public static final String SEARCH_KIND = "notice";
    private static final int MAX_TEXT = 4000;

    private final ArticleRepository articles;
    private final IdBatches batches;
    private final Clock clock;

    NoticeSearchSource(ArticleRepository articles, PlatformTransactionManager transactions, Clock clock) {
        this.articles = articles;
        this.batches = new IdBatches(transactions);
        this.clock = clock;
    }

    /** A public article as announced: its title and the text of its body, dated when it was announced. */
    public static SearchableChanged entry(Article a) {
        String text = ArticleHtml.text(a.getBodyHtml());
        return new SearchableChanged(SEARCH_KIND, String.valueOf(a.getId()), a.getRegionPath(), a.getTitle(),
                text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text, url(a), a.getAnnouncedAt(), false);
    }

    /** The article left the public site (withdrawn, back to a draft, rescheduled). */
    public static SearchableChanged removed(Article a, Instant now) {
        return new SearchableChanged(SEARCH_KIND, String.valueOf(a.getId()), a.getRegionPath(), a.getTitle(), "", url(a),
                now, true);
    }

    private static String url(Article a) {
        return "/public/notices/" + a.getId();
    }

    @Override
    public String kind() {
        return SEARCH_KIND;
    }

    @Override
    public void republish(Consumer<List<SearchableChanged>> sink) {
        Instant now = clock.instant();
        batches.republish(after -> articles.announcedAfter(after, now, PageRequest.of(0, IdBatches.SIZE)),
                Article::getId, NoticeSearchSource::entry, sink);
    }
}
