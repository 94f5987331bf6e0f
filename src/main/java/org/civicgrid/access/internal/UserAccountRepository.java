package org.civicgrid.access.internal;

import java.time.Instant;
import java.util.Optional;

import jakarta.persistence.QueryHint;

import org.civicgrid.access.Role;
import org.hibernate.jpa.HibernateHints;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.repository.query.Param;
import org.springframework.transaction.annotation.Transactional;

public interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByUsername(String username);

    boolean existsByUsername(String username);

    /**
     * Read while a case or another record is being written (who to notify): accounts are never written in
     * the same transaction, so the query does not flush — or first dirty-check — the writer's session.
     */
    @Query("select u from UserAccount u join u.roles r where u.regionId = :regionId and r = :role order by u.id")
    @QueryHints(@QueryHint(name = HibernateHints.HINT_FLUSH_MODE, value = "COMMIT"))
    java.util.List<UserAccount> findByRegionIdAndRole(@Param("regionId") long regionId, @Param("role") Role role);

    /** One more wrong password, counted atomically; locks the account when the count reaches the limit. */
    @Transactional
    @Modifying(clearAutomatically = true)
    @Query("""
            update UserAccount u set u.failedAttempts = u.failedAttempts + 1,
              u.lockedUntil = case when u.failedAttempts + 1 >= :limit then :until else u.lockedUntil end
            where u.username = :username
            """)
    int recordFailure(@Param("username") String username, @Param("limit") int limit, @Param("until") Instant until);

    @Transactional
    @Modifying(clearAutomatically = true)
    @Query("update UserAccount u set u.failedAttempts = 0, u.lockedUntil = null, u.lastLoginAt = :now where u.id = :id")
    int recordSuccess(@Param("id") long id, @Param("now") Instant now);

    @Query(value = """
            select distinct u from UserAccount u left join u.roles r
            where u.regionPath like :scope
              and (:q is null or u.username like :q or u.displayName like :q)
              and (:role is null or r = :role)
            """,
            countQuery = """
            select count(distinct u) from UserAccount u left join u.roles r
            where u.regionPath like :scope
              and (:q is null or u.username like :q or u.displayName like :q)
              and (:role is null or r = :role)
            """)
    Page<UserAccount> search(@Param("scope") String scopePattern, @Param("q") String q, @Param("role") Role role,
            Pageable pageable);
}
