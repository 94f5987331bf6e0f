package org.civicgrid.notices.internal;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface GuideRepository extends JpaRepository<Guide, Long> {

    List<Guide> findByRegionPathInOrderByTitleAsc(Collection<String> paths);

    List<Guide> findByRegionPathStartingWithOrderByTitleAsc(String pathPrefix);

    List<Guide> findTop200ByOrderByTitleAsc();
}
