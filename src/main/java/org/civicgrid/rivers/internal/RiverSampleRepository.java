package org.civicgrid.rivers.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface RiverSampleRepository extends JpaRepository<RiverSample, Long> {

    List<RiverSample> findTop60BySectionIdOrderBySampledAtDesc(long sectionId);

    boolean existsBySectionIdAndSampledAt(long sectionId, java.time.Instant sampledAt);
}
