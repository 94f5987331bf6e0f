package org.civicgrid.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/** The Excel files the pages export, read as a person opening them would read them. */
public final class Workbooks {

    private Workbooks() {}

    /** Every sheet of an export the server answered 200 with, each sheet's rows with its header first. */
    public static List<List<Row>> sheets(Pages.Page export) throws IOException {
        assertThat(export.status()).isEqualTo(200);
        try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(export.raw().getContentAsByteArray()))) {
            List<List<Row>> sheets = new ArrayList<>();
            for (Sheet sheet : book.getSheets().toList()) {
                sheets.add(sheet.read());
            }
            return sheets;
        }
    }

    /** The first sheet of an export the server answered 200 with: its rows, the header first. */
    public static List<Row> firstSheet(Pages.Page export) throws IOException {
        return sheets(export).get(0);
    }

    /** A cell's text, "" for a blank cell. */
    public static String text(Row row, int c) {
        return row.getOptionalCell(c).map(Cell::getText).orElse("");
    }

    /** The texts of a row's cells, blank cells as "". */
    public static List<String> texts(Row row) {
        return IntStream.range(0, row.getCellCount()).mapToObj(c -> text(row, c)).toList();
    }

    /** The texts of every cell of the rows, row after row. */
    public static List<String> texts(List<Row> rows) {
        return rows.stream().flatMap(r -> texts(r).stream()).toList();
    }

    /** One column's texts, the header first. */
    public static List<String> column(List<Row> rows, int c) {
        return rows.stream().map(r -> text(r, c)).toList();
    }
}
