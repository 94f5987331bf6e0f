package org.civicgrid.shared.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Writes a list page to an .xlsx sheet with FastExcel: a header row and one row per record, the same
 * columns the page shows. FastExcel streams the rows into the compressed workbook, so a long export
 * (at most {@link #MAX_ROWS} rows, a few megabytes) does not hold a spreadsheet model in memory.
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

    /** The most rows one export holds; a longer list is cut there (narrow the filters to see the rest). */
    public static final int MAX_ROWS = 20_000;

    /**
     * Every row a paged list shows across all its pages, with the same filters and order, fetched a page of
     * 200 at a time (each page the same indexed query the list uses) and cut at {@link #MAX_ROWS}.
     */
    public static <T> List<T> allPages(Function<Pageable, ? extends Slice<T>> fetch) {
        return allPages(Sort.unsorted(), fetch);
    }

    /** As {@link #allPages(Function)}, in the order the list page asks for. */
    public static <T> List<T> allPages(Sort sort, Function<Pageable, ? extends Slice<T>> fetch) {
        List<T> rows = new ArrayList<>();
        Pageable page = PageRequest.of(0, 200, sort);
        while (rows.size() < MAX_ROWS) {
            Slice<T> slice = fetch.apply(page);
            rows.addAll(slice.getContent());
            if (!slice.hasNext() || slice.getContent().isEmpty()) {
                break;
            }
            page = page.next();
        }
        return rows.size() > MAX_ROWS ? rows.subList(0, MAX_ROWS) : rows;
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
            writeSheet(workbook, rows);
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void writeSheet(Workbook workbook, Iterable<T> rows) throws IOException {
        // a record's name may hold characters a sheet's name may not (a class called "A/B")
        String name = sheet.replaceAll("[\\[\\]:*?/\\\\]", " ").strip();
        name = name.isEmpty() ? "Sheet" : name;
        Worksheet ws = workbook.newWorksheet(name.length() > 31 ? name.substring(0, 31) : name);
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
        ws.finish();
    }

    /** A workbook of several sheets, in the order added: a page's list first, then the tables that sum it up. */
    public static Book book() {
        return new Book();
    }

    /** Sheets written into one workbook; see {@link #book()}. */
    public static final class Book {

        private interface Part {
            void writeTo(Workbook workbook) throws IOException;
        }

        private final List<Part> parts = new ArrayList<>();

        private Book() {}

        public <T> Book sheet(ExcelExport<T> sheet, List<T> rows) {
            parts.add(workbook -> sheet.writeSheet(workbook, rows));
            return this;
        }

        /** As {@link ExcelExport#download(String, List)}: the whole workbook written before the answer leaves. */
        public ResponseEntity<byte[]> download(String filename) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024);
            try {
                Workbook workbook = new Workbook(out, "CivicGrid", "1.0");
                for (Part part : parts) {
                    part.writeTo(workbook);
                }
                workbook.finish();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return answer(filename, out);
        }
    }

    /**
     * A download response: {@code filename} without extension, UTF-8 safe for Chinese names. The workbook is
     * written here, on the request's own thread, before the answer leaves: a body written later on another
     * thread (a {@code StreamingResponseBody}) raced the filters still finishing the request, which write the
     * security headers (no-store, nosniff, CSP) when the response commits — an export could leave without them,
     * and under load a test saw the header map change while it read it (ConcurrentModificationException).
     */
    public ResponseEntity<byte[]> download(String filename, List<T> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024);
        write(rows, out);
        return answer(filename, out);
    }

    private static ResponseEntity<byte[]> answer(String filename, ByteArrayOutputStream out) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(filename + ".xlsx", StandardCharsets.UTF_8).build().toString())
                .contentType(XLSX)
                .contentLength(out.size())
                .body(out.toByteArray());
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
