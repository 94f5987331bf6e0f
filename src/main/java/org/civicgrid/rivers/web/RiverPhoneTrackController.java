package org.civicgrid.rivers.web;

import java.time.Instant;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.civicgrid.rivers.RiverPatrolManagement;
import org.civicgrid.rivers.RiverViews.PointBatchResult;
import org.civicgrid.rivers.RiverViews.TrackPoint;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The phone page's track upload: the same batches as the API, sent with the page's session and CSRF token by
 * {@code static/js/river-patrol.js}, which keeps unsent batches in localStorage and retries them.
 */
@RestController
class RiverPhoneTrackController {

    record Batch(@NotNull @Size(min = 1, max = RiverPatrolManagement.MAX_BATCH) List<@Valid Point> points) {}

    record Point(@NotNull Instant at, @NotNull Double lat, @NotNull Double lng, Double accuracy) {}

    private final RiverPatrolManagement patrols;

    RiverPhoneTrackController(RiverPatrolManagement patrols) {
        this.patrols = patrols;
    }

    @PostMapping("/rivers/patrols/{id}/points")
    PointBatchResult points(@PathVariable long id, @Valid @RequestBody Batch batch) {
        return patrols.addPoints(id, batch.points().stream()
                .map(p -> new TrackPoint(p.at(), p.lat(), p.lng(), p.accuracy())).toList());
    }
}
