package org.civicgrid.shared.files;

import java.nio.file.Path;
import java.time.Duration;

import org.civicgrid.shared.NotFoundException;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Serves stored images to signed-in users with their checked type, {@code nosniff} and a sandboxing
 * policy, so an upload can never run as a page. Names are random and unguessable.
 */
@Controller
class FilesController {

    private final UploadStore store;

    FilesController(UploadStore store) {
        this.store = store;
    }

    @GetMapping("/files/{name}")
    ResponseEntity<Resource> file(@PathVariable String name) {
        Path path = store.open(name).orElseThrow(() -> new NotFoundException("File", name));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(UploadStore.contentType(name)))
                .cacheControl(CacheControl.maxAge(Duration.ofDays(30)).cachePrivate().immutable())
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'none'; sandbox")
                .header("Content-Disposition", "inline")
                .body(new FileSystemResource(path));
    }
}
