package org.civicgrid.shared.pdf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.lowagie.text.pdf.BaseFont;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds a font that can write Chinese in a generated PDF (reports, certificates), best first — the approach
 * of the volunteer certificate, shared:
 * <ol>
 * <li>a configured file (a .ttf, .otf or .ttc), e.g. {@code civicgrid.dashboard.report-font},</li>
 * <li>a CJK font installed on the machine (Noto/Source Han, WenQuanYi, Droid Sans Fallback, AR PL, SimSun ...),
 * embedded as a subset so the PDF looks the same everywhere,</li>
 * <li>OpenPDF's built-in Adobe CJK font STSong-Light (UniGB-UCS2-H), not embedded: every PDF reader with the
 * Chinese font pack shows it, and the text stays searchable,</li>
 * <li>Helvetica, as a last resort (Chinese characters would not show).</li>
 * </ol>
 */
public final class ChineseFonts {

    private static final Logger log = LoggerFactory.getLogger(ChineseFonts.class);
    private static final Pattern CJK_FILE = Pattern.compile(
            ".*(wqy|droidsansfallback|notosanscjk|notoserifcjk|notosanssc|notoserifsc|sourcehan|uming|ukai|"
                    + "simsun|simhei|simkai|msyh|pingfang|hiragino|fandol|arphic).*\\.(ttf|ttc|otf)");
    private static final List<Path> DIRS = List.of(Path.of("/usr/share/fonts"), Path.of("/usr/local/share/fonts"),
            Path.of(System.getProperty("user.home"), ".fonts"), Path.of(System.getProperty("java.home"), "lib", "fonts"),
            Path.of("C:/Windows/Fonts"), Path.of("/System/Library/Fonts"), Path.of("/Library/Fonts"));

    /** The chosen font and how it was found, for the log and the report. */
    public record Choice(BaseFont font, String source, boolean embedded) {}

    private static volatile Choice cached;

    private ChineseFonts() {}

    /** The best font found on this machine (looked up once), with an optional configured file tried first. */
    public static Choice best(String configured) {
        Choice c = cached;
        if (c == null) {
            c = resolve(configured);
            cached = c;
        }
        return c;
    }

    public static Choice resolve(String configured) {
        List<Path> candidates = new ArrayList<>();
        if (configured != null && !configured.isBlank()) {
            candidates.add(Path.of(configured.trim()));
        }
        candidates.addAll(installed());
        for (Path path : candidates) {
            BaseFont font = tryFile(path);
            if (font != null) {
                log.info("PDFs use the font {}", path);
                return new Choice(font, path.toString(), true);
            }
        }
        try {
            BaseFont font = BaseFont.createFont("STSong-Light", "UniGB-UCS2-H", BaseFont.NOT_EMBEDDED);
            log.info("No CJK font file found; PDFs use OpenPDF's built-in STSong-Light (not embedded)");
            return new Choice(font, "STSong-Light", false);
        } catch (Exception e) {
            log.warn("No font can write Chinese in PDFs: {}", e.getMessage());
        }
        try {
            return new Choice(BaseFont.createFont(BaseFont.HELVETICA, BaseFont.WINANSI, BaseFont.NOT_EMBEDDED),
                    "Helvetica", false);
        } catch (Exception e) {
            throw new IllegalStateException("No font at all for PDFs", e);
        }
    }

    private static List<Path> installed() {
        List<Path> found = new ArrayList<>();
        for (Path dir : DIRS) {
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(dir, 5)) {
                files.filter(Files::isRegularFile)
                        .filter(p -> CJK_FILE.matcher(p.getFileName().toString().toLowerCase(Locale.ROOT)).matches())
                        .sorted(Comparator.comparing((Path p) -> !p.toString().toLowerCase(Locale.ROOT).endsWith(".ttf"))
                                .thenComparing(Path::toString))
                        .forEach(found::add);
            } catch (IOException | RuntimeException e) {
                log.debug("Cannot scan {} for fonts: {}", dir, e.getMessage());
            }
        }
        return found;
    }

    private static BaseFont tryFile(Path path) {
        if (!Files.isReadable(path)) {
            return null;
        }
        String name = path.toString();
        String ref = name.toLowerCase(Locale.ROOT).endsWith(".ttc") ? name + ",0" : name;
        try {
            BaseFont font = BaseFont.createFont(ref, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
            return font.charExists('志') && font.charExists('证') ? font : null;
        } catch (Exception | LinkageError e) {
            log.debug("Font {} cannot be used: {}", path, e.getMessage());
            return null;
        }
    }
}
