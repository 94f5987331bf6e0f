package org.civicgrid.courses.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface CounsellorRepository extends JpaRepository<Counsellor, Long> {

    Optional<Counsellor> findByUserId(long userId);

    @Query("""
            select c from Counsellor c where c.active = true
              and (c.regionPath like :scope or c.regionPath in :enclosing) order by c.displayName
            """)
    List<Counsellor> reachable(@Param("scope") String scopePattern, @Param("enclosing") Collection<String> enclosing);
}
