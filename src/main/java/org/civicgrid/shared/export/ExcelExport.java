package org.civicgrid.shared.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Function;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * Writes a list page to an .xlsx sheet with FastExcel: a header row and one row per record, the same
 * columns the page shows. Rows are streamed, so a long export does not sit in memory.
 */
public final class ExcelExport<T> {

    public static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private record Column<T>(String header, Function<T, Object> value) {}

    private final String sheet;
    private final java.util.ArrayList<Column<T>> columns = new java.util.ArrayList<>();

    private ExcelExport(String sheet) {
        this.sheet = sheet;
    }

    public static <T> ExcelExport<T> sheet(String name) {
        return new ExcelExport<>(name);
    }

    public ExcelExport<T> column(String header, Function<T, Object> value) {
        columns.add(new Column<>(header, value));
        return this;
    }

    public void write(Iterable<T> rows, OutputStream out) {
        try {
            Workbook workbook = new Workbook(out, "CivicGrid", "1.0");
            Worksheet ws = workbook.newWorksheet(sheet.length() > 31 ? sheet.substring(0, 31) : sheet);
            for (int c = 0; c < columns.size(); c++) {
                ws.value(0, c, columns.get(c).header());
                ws.style(0, c).bold().set();
            }
            int r = 1;
            for (T row : rows) {
                for (int c = 0; c < columns.size(); c++) {
                    cell(ws, r, c, columns.get(c).value().apply(row));
                }
                if (r % 1000 == 0) {
                    ws.flush();
                }
                r++;
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A download response: {@code filename} without extension, UTF-8 safe for Chinese names. */
    public ResponseEntity<StreamingResponseBody> download(String filename, List<T> rows) {
        StreamingResponseBody body = out -> write(rows, out);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(filename + ".xlsx", StandardCharsets.UTF_8).build().toString())
                .contentType(XLSX)
                .body(body);
    }

    private static void cell(Worksheet ws, int r, int c, Object value) {
        if (value == null) {
            return;
        }
        if (value instanceof Number n) {
            ws.value(r, c, n instanceof BigDecimal b ? b : n);
        } else if (value instanceof Boolean b) {
            ws.value(r, c, b);
        } else if (value instanceof Instant i) {
            ws.value(r, c, LocalDateTime.ofInstant(i, ZONE));
            ws.style(r, c).format("yyyy-mm-dd hh:mm").set();
        } else if (value instanceof LocalDateTime t) {
            ws.value(r, c, t);
            ws.style(r, c).format("yyyy-mm-dd hh:mm").set();
        } else if (value instanceof LocalDate d) {
            ws.value(r, c, d);
            ws.style(r, c).format("yyyy-mm-dd").set();
        } else {
            ws.value(r, c, value.toString());
        }
    }
}
