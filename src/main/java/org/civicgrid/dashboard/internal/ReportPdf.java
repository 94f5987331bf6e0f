package org.civicgrid.dashboard.internal;

import java.awt.Color;
import java.io.OutputStream;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import org.civicgrid.dashboard.DashboardView;
import org.civicgrid.shared.dashboard.Panel;
import org.civicgrid.shared.pdf.ChineseFonts;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The monthly report as a PDF: the region and month, then every panel with its headline figures, its charts and
 * its tables. A chart of one series — bars, a pie, a line such as a rate month by month — is drawn as labelled bars,
 * one per category with its value (a printed page needs no interaction); a chart of several series as a table of
 * its values, a column per series. Chinese is written with the font {@link ChineseFonts} finds, as on the
 * volunteer certificate.
 */
@Component
public class ReportPdf {

    private static final Color ACCENT = new Color(0x9e, 0x1b, 0x1b);
    private static final Color MUTED = new Color(90, 90, 90);
    private static final Color HEAD = new Color(238, 238, 238);

    private final MessageSource messages;
    private final String configuredFont;

    ReportPdf(MessageSource messages, @Value("${civicgrid.dashboard.report-font:}") String configuredFont) {
        this.messages = messages;
        this.configuredFont = configuredFont;
    }

    public void write(DashboardView view, String title, Locale locale, OutputStream out) {
        ChineseFonts.Choice f = ChineseFonts.best(configuredFont);
        Font h1 = new Font(f.font(), 18, Font.BOLD);
        Font h2 = new Font(f.font(), 13, Font.BOLD, ACCENT);
        Font h3 = new Font(f.font(), 10, Font.BOLD);
        Font body = new Font(f.font(), 9);
        Font small = new Font(f.font(), 8, Font.NORMAL, MUTED);
        Document doc = new Document(PageSize.A4, 42, 42, 48, 48);
        PdfWriter.getInstance(doc, out);
        doc.addTitle(title);
        doc.addCreator("CivicGrid");
        doc.open();
        Paragraph t = new Paragraph(title, h1);
        t.setAlignment(Element.ALIGN_CENTER);
        doc.add(t);
        Paragraph period = new Paragraph(text("dashboard.period", locale) + "：" + view.from() + " — " + view.to(), small);
        period.setAlignment(Element.ALIGN_CENTER);
        period.setSpacingAfter(12);
        doc.add(period);
        for (Panel panel : view.panels()) {
            Paragraph heading = new Paragraph(text(panel.titleKey(), locale), h2);
            heading.setSpacingBefore(10);
            heading.setSpacingAfter(4);
            doc.add(heading);
            if (!panel.figures().isEmpty()) {
                PdfPTable figures = new PdfPTable(new float[] {3f, 1.4f, 3f, 1.4f});
                figures.setWidthPercentage(100);
                for (Panel.Figure figure : panel.figures()) {
                    cell(figures, text(figure.labelKey(), locale), body, null, Element.ALIGN_LEFT);
                    cell(figures, figure.value() + (figure.unit() == null ? "" : " " + figure.unit()), h3, null,
                            Element.ALIGN_RIGHT);
                }
                if (panel.figures().size() % 2 == 1) {
                    cell(figures, "", body, null, Element.ALIGN_LEFT);
                    cell(figures, "", body, null, Element.ALIGN_LEFT);
                }
                doc.add(figures);
            }
            for (Panel.Chart chart : panel.charts()) {
                ChartData data = ChartData.of(chart.option());
                if (data.isEmpty()) {
                    continue;
                }
                Paragraph caption = new Paragraph(text(chart.titleKey(), locale), h3);
                caption.setSpacingBefore(6);
                caption.setSpacingAfter(2);
                doc.add(caption);
                doc.add(data.series().size() == 1 ? barTable(data, body) : valueTable(data, h3, body, locale));
            }
            for (Panel.Table table : panel.tables()) {
                Paragraph caption = new Paragraph(text(table.titleKey(), locale), h3);
                caption.setSpacingBefore(6);
                caption.setSpacingAfter(2);
                doc.add(caption);
                PdfPTable grid = new PdfPTable(table.headerKeys().size());
                grid.setWidthPercentage(100);
                grid.setHeaderRows(1);
                for (String header : table.headerKeys()) {
                    cell(grid, text(header, locale), h3, HEAD, Element.ALIGN_LEFT);
                }
                for (List<Object> row : table.rows()) {
                    for (Object value : row) {
                        cell(grid, value == null ? "" : String.valueOf(value), body, null,
                                value instanceof Number ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT);
                    }
                }
                doc.add(grid);
            }
        }
        Paragraph footer = new Paragraph(text("dashboard.report.footer", locale) + " "
                + DateTimeFormatter.ISO_LOCAL_DATE.format(view.to()), small);
        footer.setSpacingBefore(16);
        doc.add(footer);
        doc.close();
    }

    /** A bar per category (or slice, or point of a line) with its value; a gap in a line shows as a dash. */
    private static PdfPTable barTable(ChartData data, Font font) {
        List<Number> values = data.series().get(0).values();
        double max = values.stream().filter(v -> v != null).mapToDouble(Number::doubleValue).max().orElse(0);
        PdfPTable table = new PdfPTable(new float[] {2.2f, 5f, 1f});
        table.setWidthPercentage(100);
        for (int i = 0; i < data.categories().size(); i++) {
            Number value = values.get(i);
            cell(table, data.categories().get(i), font, null, Element.ALIGN_LEFT);
            float share = value == null || max <= 0 ? 0 : (float) Math.max(0, value.doubleValue() / max);
            PdfPTable track = new PdfPTable(new float[] {Math.max(share, 0.001f), Math.max(1 - share, 0.001f)});
            track.setWidthPercentage(100);
            PdfPCell filled = new PdfPCell(new Phrase(" ", font));
            filled.setBackgroundColor(share > 0 ? ACCENT : Color.WHITE);
            filled.setBorder(Rectangle.NO_BORDER);
            PdfPCell rest = new PdfPCell(new Phrase(" ", font));
            rest.setBorder(Rectangle.NO_BORDER);
            track.addCell(filled);
            track.addCell(rest);
            PdfPCell holder = new PdfPCell(track);
            holder.setBorder(Rectangle.NO_BORDER);
            holder.setPadding(2);
            table.addCell(holder);
            cell(table, format(value, data.unit()), font, null, Element.ALIGN_RIGHT);
        }
        return table;
    }

    /** A chart of several series as a table: a row per category, a column per series. */
    private PdfPTable valueTable(ChartData data, Font head, Font font, Locale locale) {
        PdfPTable table = new PdfPTable(data.series().size() + 1);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        cell(table, text("dashboard.chart.category", locale), head, HEAD, Element.ALIGN_LEFT);
        for (ChartData.Series series : data.series()) {
            cell(table, series.name() == null ? text("dashboard.chart.value", locale) : series.name(), head, HEAD,
                    Element.ALIGN_RIGHT);
        }
        for (int i = 0; i < data.categories().size(); i++) {
            cell(table, data.categories().get(i), font, null, Element.ALIGN_LEFT);
            for (ChartData.Series series : data.series()) {
                cell(table, format(series.values().get(i), data.unit()), font, null, Element.ALIGN_RIGHT);
            }
        }
        return table;
    }

    private static void cell(PdfPTable table, String text, Font font, Color background, int align) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setPadding(3);
        cell.setHorizontalAlignment(align);
        cell.setBorderColor(new Color(200, 200, 200));
        if (background != null) {
            cell.setBackgroundColor(background);
        }
        table.addCell(cell);
    }

    /** A value as the chart labels it: whole numbers without decimals, others with one, the unit after; a gap as a dash. */
    private static String format(Number number, String unit) {
        if (number == null) {
            return "—";
        }
        double value = number.doubleValue();
        String text = value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%.1f", value);
        return unit == null ? text : text + unit;
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
