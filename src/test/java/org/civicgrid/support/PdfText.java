package org.civicgrid.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import com.lowagie.text.pdf.PRTokeniser;
import com.lowagie.text.pdf.PdfEncodings;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

/**
 * The text of a PDF, as a reader would search it. An embedded CJK font carries a ToUnicode map, which
 * OpenPDF's extractor reads; the built-in STSong-Light fallback writes UCS-2 codes (UniGB-UCS2-H), which are
 * decoded from the content stream directly.
 */
public final class PdfText {

    private PdfText() {}

    public static String of(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        StringBuilder out = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            String text = new PdfTextExtractor(reader).getTextFromPage(page);
            out.append(text.codePoints().anyMatch(c -> c >= 0x4E00 && c <= 0x9FFF) ? text : ucs2(reader, page));
        }
        return out.toString();
    }

    private static String ucs2(PdfReader reader, int page) throws IOException {
        PRTokeniser tokens = new PRTokeniser(reader.getPageContent(page));
        StringBuilder out = new StringBuilder();
        while (tokens.nextToken()) {
            if (tokens.getTokenType() == PRTokeniser.TK_STRING) {
                String s = tokens.getStringValue();
                byte[] bytes = tokens.isHexString() ? PdfEncodings.convertToBytes(s, null)
                        : s.getBytes(StandardCharsets.ISO_8859_1);
                out.append(new String(bytes, StandardCharsets.UTF_16BE));
            } else if (tokens.getTokenType() == PRTokeniser.TK_OTHER && "ET".equals(tokens.getStringValue())) {
                out.append('\n');
            }
        }
        return out.toString();
    }
}
