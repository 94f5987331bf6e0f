package org.civicgrid.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

import org.civicgrid.shared.InvalidInputException;
import org.civicgrid.shared.files.UploadStore;
import org.civicgrid.shared.geo.GeoJson;

/**
 * Fuzzing (Jazzer) of the parsers that read what strangers send: the upload checker and the GeoJSON
 * reader. In the normal test run each target replays its seed inputs; with {@code JAZZER_FUZZ=1}
 * (see .ci/run) it fuzzes for the bounded time given here. A crash is any exception other than the
 * documented refusal.
 */
class SharedParsersFuzzTests {

    @FuzzTest(maxDuration = "30s")
    void the_upload_checker_accepts_only_the_four_image_signatures(byte[] bytes) {
        UploadStore.sniff(bytes).ifPresent(ext -> {
            assertThat(ext).isIn("jpg", "png", "gif", "webp");
            assertThat(bytes.length).isGreaterThanOrEqualTo(3);
        });
    }

    @FuzzTest(maxDuration = "30s")
    void the_geojson_reader_either_reads_a_geometry_or_refuses_plainly(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();
        try {
            assertThat(GeoJson.read(text)).isNotNull();
        } catch (IllegalArgumentException refused) {
            assertThat(refused.getMessage()).startsWith("not a valid GeoJSON geometry");
        }
    }

    @FuzzTest(maxDuration = "30s")
    void an_upload_is_stored_only_when_it_is_an_image(byte[] bytes) throws Exception {
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("fuzz-uploads");
        UploadStore store = new UploadStore(dir, org.springframework.util.unit.DataSize.ofKilobytes(64));
        try {
            var stored = store.store(bytes, "photo");
            assertThat(UploadStore.sniff(bytes)).isPresent();
            assertThat(store.open(stored.name())).isPresent();
        } catch (InvalidInputException refused) {
            assertThat(refused.errors().get(0).field()).isEqualTo("photo");
        } finally {
            org.springframework.util.FileSystemUtils.deleteRecursively(dir);
        }
    }
}
