package org.civicgrid.region;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.civicgrid.region.internal.GridIndex;
import org.civicgrid.shared.geo.GeoJson;
import org.junit.jupiter.api.Test;

class GridIndexTests {

    // Two grids side by side sharing the edge lng = 113.01; the second has a pond (hole) in it.
    private static final String WEST = """
            {"type":"Polygon","coordinates":[[[113.00,27.80],[113.01,27.80],[113.01,27.81],[113.00,27.81],[113.00,27.80]]]}""";
    private static final String EAST_WITH_POND = """
            {"type":"Polygon","coordinates":[[[113.01,27.80],[113.02,27.80],[113.02,27.81],[113.01,27.81],[113.01,27.80]],
            [[113.014,27.804],[113.016,27.804],[113.016,27.806],[113.014,27.806],[113.014,27.804]]]}""";

    private final GridIndex index = new GridIndex(List.of(
            GridIndex.entry(7, 1, GeoJson.read(WEST)),
            GridIndex.entry(9, 2, GeoJson.read(EAST_WITH_POND))));

    @Test
    void a_point_inside_a_grid_is_in_that_grid() {
        assertThat(index.locate(27.805, 113.005)).isEqualTo(7);
        assertThat(index.locate(27.801, 113.019)).isEqualTo(9);
    }

    @Test
    void a_point_on_the_shared_edge_goes_to_the_grid_that_comes_first() {
        assertThat(index.locate(27.805, 113.01)).isEqualTo(7);
    }

    @Test
    void a_point_on_the_outer_edge_belongs_to_the_grid() {
        assertThat(index.locate(27.80, 113.015)).isEqualTo(9);
        assertThat(index.locate(27.81, 113.02)).isEqualTo(9);
    }

    @Test
    void a_point_in_the_hole_belongs_to_no_grid_but_the_holes_rim_does() {
        assertThat(index.locate(27.805, 113.015)).isEqualTo(-1);
        assertThat(index.locate(27.804, 113.015)).isEqualTo(9);
    }

    @Test
    void a_point_outside_every_grid_is_nowhere() {
        assertThat(index.locate(27.79, 113.005)).isEqualTo(-1);
        assertThat(index.locate(27.805, 113.03)).isEqualTo(-1);
    }

    @Test
    void an_empty_index_finds_nothing() {
        assertThat(GridIndex.empty().locate(27.805, 113.005)).isEqualTo(-1);
    }
}
