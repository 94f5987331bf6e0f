package org.civicgrid.notices.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.civicgrid.notices.ArticleStatus;
import org.civicgrid.notices.NoticeCategory;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ArticleRepository extends JpaRepository<Article, Long> {

    /** Public items of these regions (a community and those above it), pinned first, newest first. */
    @Query("""
            select a from Article a where a.regionPath in :paths
              and a.status = org.civicgrid.notices.ArticleStatus.PUBLISHED and a.publishAt <= :now
              and (:category is null or a.category = :category)
            order by a.pinned desc, a.publishAt desc, a.id desc
            """)
    Page<Article> publicFor(@Param("paths") Collection<String> paths, @Param("category") NoticeCategory category,
            @Param("now") Instant now, Pageable pageable);

    /** Every public item of the city, newest first. */
    @Query("""
            select a from Article a where a.status = org.civicgrid.notices.ArticleStatus.PUBLISHED and a.publishAt <= :now
              and (:category is null or a.category = :category)
            order by a.publishAt desc, a.id desc
            """)
    Page<Article> publicAll(@Param("category") NoticeCategory category, @Param("now") Instant now, Pageable pageable);

    @Query("""
            select a from Article a where a.regionPath like :scope
              and (:status is null or a.status = :status)
              and (:q is null or a.title like :q)
            order by a.updatedAt desc, a.id desc
            """)
    Page<Article> search(@Param("scope") String scopePattern, @Param("status") ArticleStatus status, @Param("q") String q,
            Pageable pageable);

    /**
     * The next public items after this id that the search index has heard of, in id order (a rebuild of the
     * index reads them so, a page at a time).
     */
    @Query("""
            select a from Article a where a.id > :id and a.status = org.civicgrid.notices.ArticleStatus.PUBLISHED
              and a.publishAt <= :now and a.announcedAt is not null order by a.id
            """)
    List<Article> announcedAfter(@Param("id") long id, @Param("now") Instant now, Pageable page);

    /** Published items whose time has come but that the search index has not heard of yet. */
    @Query("""
            select a from Article a where a.status = org.civicgrid.notices.ArticleStatus.PUBLISHED
              and a.announcedAt is null and a.publishAt <= :now order by a.publishAt
            """)
    List<Article> dueForAnnouncement(@Param("now") Instant now);
}
