package org.civicgrid.notices;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.civicgrid.access.CurrentUser;
import org.civicgrid.access.Scope;
import org.civicgrid.notices.internal.Article;
import org.civicgrid.notices.internal.ArticleHtml;
import org.civicgrid.notices.internal.ArticleRepository;
import org.civicgrid.notices.internal.NoticeSearchSource;
import org.civicgrid.region.RegionId;
import org.civicgrid.region.RegionRef;
import org.civicgrid.region.Regions;
import org.civicgrid.shared.InvalidInputException;
import org.civicgrid.shared.InvalidInputException.FieldError;
import org.civicgrid.shared.NotFoundException;
import org.civicgrid.shared.events.SearchableChanged;
import org.civicgrid.shared.files.UploadStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 信息发布 — community workers and officials write news and notices for their region; the public site and
 * the Atom feed show what is published and due. Every article that becomes public (now, or later at its
 * scheduled time) is announced to the search index with {@link SearchableChanged} (kind {@code notice}).
 */
@Service
public class NoticeManagement {

    private static final Logger log = LoggerFactory.getLogger(NoticeManagement.class);

    /**
     * 撰写 — an article. {@code body} is HTML or plain text and is sanitised; {@code publish} false keeps a
     * draft; {@code publishAt} null publishes now, a future time schedules it.
     */
    public record WriteArticle(String category, String title, String summary, String body, String coverImage,
            String author, boolean pinned, boolean publish, OffsetDateTime publishAt, Long regionId) {}

    private final ArticleRepository articles;
    private final Regions regions;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    private final Clock clock;

    NoticeManagement(ArticleRepository articles, Regions regions, ApplicationEventPublisher events,
            TransactionTemplate tx, Clock clock) {
        this.articles = articles;
        this.regions = regions;
        this.events = events;
        this.tx = tx;
        this.clock = clock;
    }

    // ---------------------------------------------------------------- writing

    @Transactional
    public ArticleView create(WriteArticle w) {
        CurrentUser me = staff();
        RegionRef region = w.regionId() == null ? regions.get(new RegionId(me.regionId()))
                : regions.find(new RegionId(w.regionId())).filter(r -> me.canSee(r.path()))
                        .orElseThrow(() -> new InvalidInputException("region_id", "no such region in your scope"));
        return register(w, region, me.username());
    }

    /** Writes an article without a caller check: for start-up data. */
    @Transactional
    public ArticleView register(WriteArticle w, RegionRef region, String actor) {
        Instant now = clock.instant();
        Article article = new Article(region.id(), region.path(), actor, now);
        apply(article, w, now);
        articles.saveAndFlush(article);
        announceIfLive(article, now);
        return view(article);
    }

    @Transactional
    public ArticleView update(long id, WriteArticle w) {
        CurrentUser me = staff();
        Article article = managed(id, me);
        Instant now = clock.instant();
        boolean wasLive = article.liveAt(now);
        apply(article, w, now);
        articles.saveAndFlush(article);
        if (!announceIfLive(article, now) && wasLive) {
            events.publishEvent(NoticeSearchSource.removed(article, now));
        }
        return view(article);
    }

    /** 撤回 — off the public site and out of search. */
    @Transactional
    public ArticleView withdraw(long id) {
        CurrentUser me = staff();
        Article article = managed(id, me);
        Instant now = clock.instant();
        article.withdraw(now);
        articles.saveAndFlush(article);
        events.publishEvent(NoticeSearchSource.removed(article, now));
        return view(article);
    }

    private void apply(Article article, WriteArticle w, Instant now) {
        List<FieldError> errors = new ArrayList<>();
        String title = w.title() == null ? null : w.title().strip();
        if (title == null || title.isEmpty() || title.length() > 200) {
            errors.add(new FieldError("title", "1–200 characters"));
        }
        NoticeCategory category = null;
        try {
            category = NoticeCategory.valueOf(w.category() == null ? "" : w.category().trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError("category", "one of NEWS, NOTICE, ACTIVITY, POLICY, GOOD_PEOPLE"));
        }
        String body = ArticleHtml.sanitise(w.body());
        if (ArticleHtml.text(body).isBlank()) {
            errors.add(new FieldError("body", "write the article"));
        } else if (body.length() > 200_000) {
            errors.add(new FieldError("body", "at most 200,000 characters"));
        }
        if (w.summary() != null && w.summary().length() > 500) {
            errors.add(new FieldError("summary", "at most 500 characters"));
        }
        if (w.author() != null && w.author().length() > 100) {
            errors.add(new FieldError("author", "at most 100 characters"));
        }
        if (w.coverImage() != null && !w.coverImage().isBlank() && !UploadStore.isStoredName(w.coverImage())) {
            errors.add(new FieldError("cover_image", "upload the cover image first"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        article.write(category, title, w.summary(), w.body(), blank(w.coverImage()), blank(w.author()), w.pinned(), now);
        if (w.publish()) {
            article.publish(w.publishAt() == null ? null : w.publishAt().toInstant(), now);
        }
    }

    // ---------------------------------------------------------------- scheduled publishing

    /**
     * Announces every scheduled article whose time has come; run by a job every minute (safe on several
     * instances: an article announced twice is simply indexed twice). Returns how many.
     */
    public int announceDue(Instant now) {
        Integer count = tx.execute(s -> {
            List<Article> due = articles.dueForAnnouncement(now);
            due.forEach(a -> announceIfLive(a, now));
            return due.size();
        });
        if (count != null && count > 0) {
            log.info("Published {} scheduled articles", count);
        }
        return count == null ? 0 : count;
    }

    private boolean announceIfLive(Article article, Instant now) {
        if (!article.liveAt(now)) {
            return false;
        }
        article.announced(now);
        events.publishEvent(NoticeSearchSource.entry(article));
        return true;
    }

    // ---------------------------------------------------------------- reading

    /** Staff: the articles of their region, any status. */
    @Transactional(readOnly = true)
    public Page<ArticleView> search(String query, ArticleStatus status, Pageable pageable) {
        CurrentUser me = staff();
        String q = query == null || query.isBlank() ? null : "%" + query.trim() + "%";
        return articles.search(me.scope().likePattern(), status, q, pageable).map(this::view);
    }

    /** Staff: one article of their region, any status. */
    @Transactional(readOnly = true)
    public ArticleView get(long id) {
        return view(managed(id, staff()));
    }

    /** The public: one article, if it is published and due. */
    @Transactional(readOnly = true)
    public ArticleView publicArticle(long id) {
        Instant now = clock.instant();
        return articles.findById(id).filter(a -> a.liveAt(now)).map(this::view)
                .orElseThrow(() -> new NotFoundException("Article", id));
    }

    /** The public: a community's items and those of the regions above it, pinned first. */
    @Transactional(readOnly = true)
    public Page<ArticleView> publicFor(RegionRef community, NoticeCategory category, Pageable pageable) {
        return articles.publicFor(new Scope(community.path()).enclosingPaths(), category, clock.instant(), pageable)
                .map(this::view);
    }

    /** The public: every published item of the city, newest first. */
    @Transactional(readOnly = true)
    public Page<ArticleView> publicAll(NoticeCategory category, Pageable pageable) {
        return articles.publicAll(category, clock.instant(), pageable).map(this::view);
    }

    public Instant now() {
        return clock.instant();
    }

    private static CurrentUser staff() {
        return StaffOnly.require("Only community workers and officials publish notices");
    }

    private Article managed(long id, CurrentUser me) {
        return articles.findById(id).filter(a -> me.canSee(a.getRegionPath()))
                .orElseThrow(() -> new NotFoundException("Article", id));
    }

    private ArticleView view(Article a) {
        String regionName = regions.nameOf(a.getRegionId());
        return new ArticleView(a.getId(), a.getRegionId(), a.getRegionPath(), regionName, a.getCategory(), a.getTitle(),
                a.getSummary(), a.getBodyHtml(), a.getCoverImage(), a.getStatus(), a.getPublishAt(), a.isPinned(),
                a.getAuthor(), a.getCreatedAt(), a.getUpdatedAt());
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
