package org.civicgrid.recognition.internal;

import java.util.Collection;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface CampaignRepository extends JpaRepository<Campaign, Long> {

    @Query("select c from Campaign c where c.regionPath like :scope or c.regionPath in :enclosing")
    Page<Campaign> reachable(@Param("scope") String scopePattern, @Param("enclosing") Collection<String> enclosing,
            Pageable pageable);
}
