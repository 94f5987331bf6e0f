package org.civicgrid.cases.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.civicgrid.cases.CaseStatus;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

public interface CaseFileRepository extends JpaRepository<CaseFile, Long>, JpaSpecificationExecutor<CaseFile> {

    @EntityGraph(attributePaths = "steps")
    @Query("select c from CaseFile c where c.id = ?1")
    Optional<CaseFile> findWithSteps(long id);

    Optional<CaseFile> findByOpen311Token(String token);

    /**
     * Cases of a category reported since {@code since} inside a box around a point (duplicate hint), read through
     * {@code case_file_nearby_idx}; the caller keeps the open ones. The status is left out of the query on purpose:
     * with it, PostgreSQL takes {@code case_file_category_idx} (category, status, date), expecting a handful of open
     * cases of the week where a city has hundreds, and reads each of them from the table (at 10 million cases
     * 2.3 ms a report on average, 30 ms in a busy category, against 0.2 ms through this index). Unordered, so that
     * a hot spot — a hundred reports of one flood — costs no more than the page: any of them is as good a hint.
     */
    @Query("""
            select new org.civicgrid.cases.internal.CaseSpot(c.id, c.lat, c.lng, c.status) from CaseFile c
             where c.categoryCode = ?1 and c.reportedAt >= ?2
             and c.lat between ?3 and ?4 and c.lng between ?5 and ?6 and c.mergedIntoId is null""")
    List<CaseSpot> nearby(String categoryCode, Instant since, double latMin, double latMax, double lngMin, double lngMax,
            Pageable page);

    /** Cases that name this one as their possible duplicate, or that it names. */
    @Query("select c from CaseFile c where c.duplicateOfId = ?1 and c.mergedIntoId is null order by c.id")
    List<CaseFile> duplicatesOf(long id, Pageable page);

    /** Open cases past their deadline whose last supervision (if any) was before {@code before}. */
    @Query("""
            select c.id from CaseFile c where c.status in ?1 and c.deadline < ?2
             and (c.supervisedAt is null or c.supervisedAt < ?3) order by c.deadline""")
    List<Long> overdueToSupervise(List<CaseStatus> open, Instant now, Instant before, Pageable page);

    /** Open cases due before {@code until} that have not been flagged yet. */
    @Query("""
            select c.id from CaseFile c where c.status in ?1 and c.deadline >= ?2 and c.deadline < ?3
             and c.dueSoonFlaggedAt is null order by c.deadline""")
    List<Long> dueSoonUnflagged(List<CaseStatus> open, Instant now, Instant until, Pageable page);

    List<CaseFile> findBySourceRef(String sourceRef);

    /** The next cases after this id, in id order (a rebuild of the search index reads them so, a page at a time). */
    @Query("select c from CaseFile c where c.id > ?1 order by c.id")
    List<CaseFile> after(long id, Pageable page);

    /** The first cases one person reported, oldest first, read through {@code case_file_reporter_idx}. */
    @Query("""
            select new org.civicgrid.cases.internal.ReportedCaseRow(c.id, c.categoryCode, c.description, c.address,
             c.lat, c.lng, c.anonymous, c.photos, c.attributesJson, c.source, c.urgency, c.status, c.reportedAt,
             c.deadline, c.departmentName, c.closedAt, c.rating, c.ratingComment, c.duplicateOfId, c.mergedIntoId)
             from CaseFile c where c.reporterId = ?1 order by c.reportedAt, c.id""")
    List<ReportedCaseRow> reportedBy(long reporterId, Pageable page);

    /** The next cases one person reported after the case ({@code reportedAt}, {@code id}), oldest first. */
    @Query("""
            select new org.civicgrid.cases.internal.ReportedCaseRow(c.id, c.categoryCode, c.description, c.address,
             c.lat, c.lng, c.anonymous, c.photos, c.attributesJson, c.source, c.urgency, c.status, c.reportedAt,
             c.deadline, c.departmentName, c.closedAt, c.rating, c.ratingComment, c.duplicateOfId, c.mergedIntoId)
             from CaseFile c where c.reporterId = ?1 and c.reportedAt >= ?2 and (c.reportedAt > ?2 or c.id > ?3)
             order by c.reportedAt, c.id""")
    List<ReportedCaseRow> reportedByAfter(long reporterId, Instant reportedAt, long id, Pageable page);

    /** The steps of these cases, each case's in order, read through {@code case_step_case_idx}. */
    @Query("""
            select new org.civicgrid.cases.internal.CaseStepRow(s.caseId, s.action, s.fromStatus, s.toStatus, s.actorId,
             s.actorName, s.actorRole, s.stepAt, s.stepComment, s.photos, s.departmentName)
             from CaseStep s where s.caseId in ?1 order by s.caseId, s.id""")
    List<CaseStepRow> stepsOf(Collection<Long> caseIds);
}
