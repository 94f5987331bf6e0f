package org.civicgrid.dashboard.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.civicgrid.dashboard.DashboardView;
import org.civicgrid.dashboard.internal.ChartData;
import org.civicgrid.shared.dashboard.Panel;
import org.civicgrid.shared.export.ExcelExport;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;

/**
 * The dashboard as a workbook: one sheet of headline figures, one sheet per table, then one sheet per chart with
 * the data it draws (its categories, and a column of values for every series) — what the PDF's charts show.
 */
public final class DashboardWorkbook {

    private DashboardWorkbook() {}

    /** Written on the request's thread before the answer leaves, as {@link ExcelExport#download} explains. */
    static ResponseEntity<byte[]> download(DashboardView view, MessageSource messages, Locale locale) {
        String name = view.region().name() + "-" + view.from() + "-" + view.to();
        ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024);
        write(view, messages, locale, out);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(name + ".xlsx", StandardCharsets.UTF_8).build().toString())
                .contentType(ExcelExport.XLSX)
                .contentLength(out.size())
                .body(out.toByteArray());
    }

    public static void write(DashboardView view, MessageSource messages, Locale locale, OutputStream out) {
        try {
            Workbook workbook = new Workbook(out, "CivicGrid", "1.0");
            Worksheet summary = workbook.newWorksheet(text(messages, "dashboard.sheet.summary", locale));
            summary.value(0, 0, view.region().name());
            summary.style(0, 0).bold().fontSize(14).set();
            summary.value(1, 0, text(messages, "dashboard.period", locale));
            summary.value(1, 1, view.from() + " — " + view.to());
            int r = 3;
            for (Panel panel : view.panels()) {
                summary.value(r, 0, text(messages, panel.titleKey(), locale));
                summary.style(r, 0).bold().set();
                r++;
                for (Panel.Figure figure : panel.figures()) {
                    summary.value(r, 0, text(messages, figure.labelKey(), locale));
                    Object value = number(figure.value());
                    if (value instanceof Number n) {
                        summary.value(r, 1, n);
                    } else {
                        summary.value(r, 1, String.valueOf(value));
                    }
                    if (figure.unit() != null) {
                        summary.value(r, 2, figure.unit());
                    }
                    r++;
                }
                r++;
            }
            int sheet = 1;
            for (Panel panel : view.panels()) {
                for (Panel.Table table : panel.tables()) {
                    String title = text(messages, table.titleKey(), locale);
                    Worksheet ws = workbook.newWorksheet(sheetName(sheet++ + " " + title));
                    for (int c = 0; c < table.headerKeys().size(); c++) {
                        ws.value(0, c, text(messages, table.headerKeys().get(c), locale));
                        ws.style(0, c).bold().set();
                    }
                    int row = 1;
                    for (var cells : table.rows()) {
                        for (int c = 0; c < cells.size(); c++) {
                            Object v = cells.get(c);
                            if (v instanceof Number n) {
                                ws.value(row, c, n);
                            } else if (v != null) {
                                ws.value(row, c, String.valueOf(v));
                            }
                        }
                        row++;
                    }
                }
            }
            for (Panel panel : view.panels()) {
                for (Panel.Chart chart : panel.charts()) {
                    ChartData data = ChartData.of(chart.option());
                    if (data.isEmpty()) {
                        continue;
                    }
                    Worksheet ws = workbook.newWorksheet(sheetName(sheet++ + " " + text(messages, chart.titleKey(), locale)));
                    ws.value(0, 0, text(messages, "dashboard.chart.category", locale));
                    ws.style(0, 0).bold().set();
                    for (int c = 0; c < data.series().size(); c++) {
                        String name = data.series().get(c).name();
                        ws.value(0, c + 1, (name == null ? text(messages, "dashboard.chart.value", locale) : name)
                                + (data.unit() == null ? "" : " (" + data.unit() + ")"));
                        ws.style(0, c + 1).bold().set();
                    }
                    for (int i = 0; i < data.categories().size(); i++) {
                        ws.value(i + 1, 0, data.categories().get(i));
                        for (int c = 0; c < data.series().size(); c++) {
                            Number v = data.series().get(c).values().get(i);
                            if (v != null) {
                                ws.value(i + 1, c + 1, v);
                            }
                        }
                    }
                }
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Object number(String value) {
        try {
            return value.contains(".") ? Double.parseDouble(value) : Long.parseLong(value);
        } catch (NumberFormatException e) {
            return value;
        }
    }

    private static String sheetName(String name) {
        String clean = name.replaceAll("[\\\\/?*\\[\\]:]", " ");
        return clean.length() > 31 ? clean.substring(0, 31) : clean;
    }

    private static String text(MessageSource messages, String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
