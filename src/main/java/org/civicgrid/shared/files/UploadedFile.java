package org.civicgrid.shared.files;

/**
 * A stored upload: its opaque name (the only thing other records keep), the content type checked from
 * its bytes, and its size.
 */
public record UploadedFile(String name, String contentType, long size) {

    /** The URL the platform serves it from. */
    public String url() {
        return "/files/" + name;
    }
}
