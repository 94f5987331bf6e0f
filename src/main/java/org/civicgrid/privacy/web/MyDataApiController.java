package org.civicgrid.privacy.web;

import org.civicgrid.privacy.PersonalDataExport;
import org.civicgrid.privacy.PersonalDataExport.MyData;
import org.civicgrid.shared.time.TimeConfiguration;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/me")
@Tag(name = "Privacy")
class MyDataApiController {

    private final PersonalDataExport export;

    MyDataApiController(PersonalDataExport export) {
        this.export = export;
    }

    @GetMapping("/data")
    @Operation(summary = "A copy of everything the platform holds about the caller (recorded in the audit log)")
    ResponseEntity<MyData> data() {
        return asFile(export.mine());
    }

    /**
     * The copy as a file, {@code civicgrid-<username>-<date>.json}, so that a browser saves it under a name its
     * owner recognises; the page's download answers the same.
     */
    static ResponseEntity<MyData> asFile(MyData data) {
        String day = data.generatedAt().atZone(TimeConfiguration.ZONE).toLocalDate().toString();
        ContentDisposition file = ContentDisposition.attachment()
                .filename("civicgrid-" + data.username() + "-" + day + ".json").build();
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION, file.toString()).body(data);
    }
}
