package org.civicgrid.shared.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

import org.civicgrid.shared.InvalidInputException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.util.unit.DataSize;
import org.springframework.web.multipart.MultipartFile;

/**
 * Photos and other images, stored outside the database in a folder ({@code civicgrid.uploads.directory};
 * several instances share it over a network file system). Only images are accepted — JPEG, PNG, GIF,
 * WebP — judged from the bytes, never from the name or the declared type; the stored name is random,
 * so a client's file name never reaches the disk.
 */
@Service
public class UploadStore {

    private static final Pattern NAME = Pattern.compile("[0-9a-f]{32}\\.(jpg|png|gif|webp)");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path root;
    private final long maxBytes;

    public UploadStore(@Value("${civicgrid.uploads.directory:./data/uploads}") Path root,
            @Value("${civicgrid.uploads.max-size:5MB}") DataSize maxSize) {
        this.root = root.toAbsolutePath().normalize();
        this.maxBytes = maxSize.toBytes();
    }

    /** The image type the bytes announce, or empty when they are not an accepted image. */
    public static Optional<String> sniff(byte[] head) {
        if (head.length >= 3 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xD8 && (head[2] & 0xFF) == 0xFF) {
            return Optional.of("jpg");
        }
        if (head.length >= 8 && (head[0] & 0xFF) == 0x89 && head[1] == 'P' && head[2] == 'N' && head[3] == 'G'
                && head[4] == 0x0D && head[5] == 0x0A && head[6] == 0x1A && head[7] == 0x0A) {
            return Optional.of("png");
        }
        if (head.length >= 6 && head[0] == 'G' && head[1] == 'I' && head[2] == 'F' && head[3] == '8'
                && (head[4] == '7' || head[4] == '9') && head[5] == 'a') {
            return Optional.of("gif");
        }
        if (head.length >= 12 && head[0] == 'R' && head[1] == 'I' && head[2] == 'F' && head[3] == 'F'
                && head[8] == 'W' && head[9] == 'E' && head[10] == 'B' && head[11] == 'P') {
            return Optional.of("webp");
        }
        return Optional.empty();
    }

    /**
     * Stores one image. {@code field} names the form field in the error when it is refused.
     *
     * @throws InvalidInputException when the file is empty, too large, or not an image
     */
    public UploadedFile store(MultipartFile file, String field) {
        if (file == null || file.isEmpty()) {
            throw new InvalidInputException(field, "the file is empty");
        }
        if (file.getSize() > maxBytes) {
            throw new InvalidInputException(field, "the file is larger than " + DataSize.ofBytes(maxBytes).toMegabytes() + " MB");
        }
        try (InputStream in = file.getInputStream()) {
            return store(in.readAllBytes(), field);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public UploadedFile store(byte[] bytes, String field) {
        if (bytes.length == 0) {
            throw new InvalidInputException(field, "the file is empty");
        }
        if (bytes.length > maxBytes) {
            throw new InvalidInputException(field, "the file is larger than " + DataSize.ofBytes(maxBytes).toMegabytes() + " MB");
        }
        String ext = sniff(bytes).orElseThrow(() -> new InvalidInputException(field,
                "only photos are accepted (JPEG, PNG, GIF or WebP)"));
        byte[] id = new byte[16];
        RANDOM.nextBytes(id);
        String name = HexFormat.of().formatHex(id) + "." + ext;
        try {
            Path dir = root.resolve(name.substring(0, 2));
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, "up", ".tmp");
            Files.write(tmp, bytes);
            Files.move(tmp, dir.resolve(name), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not store an upload", e);
        }
        return new UploadedFile(name, contentType(ext), bytes.length);
    }

    /** The stored file, when the name is one this store could have made and the file exists. */
    public Optional<Path> open(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            return Optional.empty();
        }
        Path path = root.resolve(name.substring(0, 2)).resolve(name).normalize();
        return path.startsWith(root) && Files.isRegularFile(path) ? Optional.of(path) : Optional.empty();
    }

    public static String contentType(String nameOrExt) {
        String ext = nameOrExt.substring(nameOrExt.lastIndexOf('.') + 1);
        return switch (ext) {
            case "jpg" -> "image/jpeg";
            case "png" -> "image/png";
            case "gif" -> "image/gif";
            case "webp" -> "image/webp";
            default -> "application/octet-stream";
        };
    }

    public static boolean isStoredName(String name) {
        return name != null && NAME.matcher(name).matches();
    }
}
