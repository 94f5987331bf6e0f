package org.civicgrid.volunteering.internal;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.time.format.DateTimeFormatter;
import java.util.List;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import org.civicgrid.shared.pdf.ChineseFonts;
import org.civicgrid.shared.time.TimeConfiguration;
import org.civicgrid.volunteering.Views.CertificateView;
import org.civicgrid.volunteering.Views.ServiceLine;
import org.civicgrid.volunteering.Views.VolunteerView;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * 志愿服务记录证明 as a PDF, with what the Ministry of Civil Affairs' 2020 rules (《志愿服务记录与证明出具办法》)
 * require: the volunteer's name, ID type and number (masked), volunteer number, service hours and content,
 * the issuing organisation with its responsible person and contact, the certificate number and date.
 */
@Component
public class CertificatePdf {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(TimeConfiguration.ZONE);

    private final String configuredFont;
    private volatile ChineseFonts.Choice font;

    CertificatePdf(@Value("${civicgrid.volunteering.certificate-font:}") String configuredFont) {
        this.configuredFont = configuredFont;
    }

    /** Which font certificates use (a file path, or STSong-Light when no CJK font file is installed). */
    public String fontSource() {
        return font().source();
    }

    public byte[] render(CertificateView c, VolunteerView v, String idTypeLabel, List<ServiceLine> services) {
        ChineseFonts.Choice f = font();
        Font title = new Font(f.font(), 20, Font.BOLD);
        Font body = new Font(f.font(), 11);
        Font small = new Font(f.font(), 9, Font.NORMAL, new Color(80, 80, 80));
        Font head = new Font(f.font(), 10, Font.BOLD);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4, 56, 56, 56, 56);
        PdfWriter.getInstance(doc, out);
        doc.addTitle("志愿服务记录证明 " + c.number());
        doc.addCreator("CivicGrid");
        doc.open();
        Paragraph t = new Paragraph("志愿服务记录证明", title);
        t.setAlignment(Element.ALIGN_CENTER);
        t.setSpacingAfter(6);
        doc.add(t);
        Paragraph no = new Paragraph("证明编号：" + c.number(), small);
        no.setAlignment(Element.ALIGN_RIGHT);
        no.setSpacingAfter(12);
        doc.add(no);

        PdfPTable facts = new PdfPTable(new float[] {1.2f, 2.3f, 1.2f, 2.3f});
        facts.setWidthPercentage(100);
        cell(facts, "志愿者姓名", head);
        cell(facts, v.name(), body);
        cell(facts, "志愿者编号", head);
        cell(facts, v.volunteerNumber(), body);
        cell(facts, "证件类型", head);
        cell(facts, idTypeLabel, body);
        cell(facts, "证件号码", head);
        cell(facts, v.idNumberMasked().isEmpty() ? "—" : v.idNumberMasked(), body);
        cell(facts, "服务次数", head);
        cell(facts, c.services() + " 次", body);
        cell(facts, "累计服务时长", head);
        cell(facts, c.hours().toPlainString() + " 小时", body);
        doc.add(facts);

        Paragraph statement = new Paragraph("兹证明 " + v.name() + " 同志在本组织参加志愿服务 " + c.services()
                + " 次，累计志愿服务时长 " + c.hours().toPlainString() + " 小时，服务内容如下：", body);
        statement.setSpacingBefore(12);
        statement.setSpacingAfter(8);
        doc.add(statement);

        PdfPTable lines = new PdfPTable(new float[] {2.2f, 2.8f, 2.6f, 1f});
        lines.setWidthPercentage(100);
        lines.setHeaderRows(1);
        cell(lines, "服务时间", head);
        cell(lines, "服务内容", head);
        cell(lines, "服务地点", head);
        cell(lines, "时长(小时)", head);
        for (ServiceLine s : services) {
            cell(lines, period(s), body);
            cell(lines, s.title() + (s.corrected() ? "（时长经组织更正）" : ""), body);
            cell(lines, s.place(), body);
            PdfPCell h = new PdfPCell(new Phrase(s.hours().toPlainString(), body));
            h.setHorizontalAlignment(Element.ALIGN_RIGHT);
            h.setPadding(4);
            lines.addCell(h);
        }
        doc.add(lines);

        PdfPTable issuer = new PdfPTable(new float[] {1.4f, 3f});
        issuer.setWidthPercentage(70);
        issuer.setHorizontalAlignment(Element.ALIGN_RIGHT);
        issuer.setSpacingBefore(18);
        cell(issuer, "出具组织", head);
        cell(issuer, c.organisation(), body);
        cell(issuer, "负责人", head);
        cell(issuer, c.responsiblePerson(), body);
        cell(issuer, "联系方式", head);
        cell(issuer, c.contactPhone(), body);
        cell(issuer, "出具日期", head);
        cell(issuer, DAY.format(c.issuedOn()), body);
        doc.add(issuer);

        Paragraph basis = new Paragraph("本证明依据民政部《志愿服务记录与证明出具办法（试行）》出具，记录真实、准确、完整。"
                + "可凭证明编号向出具组织查验。", small);
        basis.setSpacingBefore(18);
        doc.add(basis);
        doc.close();
        return out.toByteArray();
    }

    /** 2023-07-03 14:00–16:00, or both dates when the service ran past midnight. */
    static String period(ServiceLine s) {
        if (s.endedAt() == null) {
            return WHEN.format(s.startedAt());
        }
        String from = WHEN.format(s.startedAt());
        String to = WHEN.format(s.endedAt());
        return from.substring(0, 10).equals(to.substring(0, 10)) ? from + "–" + to.substring(11) : from + " 至 " + to;
    }

    private static void cell(PdfPTable table, String text, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(text == null ? "" : text, font));
        cell.setPadding(4);
        table.addCell(cell);
    }

    private ChineseFonts.Choice font() {
        ChineseFonts.Choice f = font;
        if (f == null) {
            synchronized (this) {
                if (font == null) {
                    font = ChineseFonts.resolve(configuredFont);
                }
                f = font;
            }
        }
        return f;
    }
}
