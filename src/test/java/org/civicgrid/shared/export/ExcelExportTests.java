package org.civicgrid.shared.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.List;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;

class ExcelExportTests {

    @Test
    void a_record_whose_name_holds_characters_a_sheet_may_not_still_exports_under_a_cleaned_name() throws Exception {
        ResponseEntity<byte[]> file = ExcelExport.<String>sheet("书法/绘画班 [春季]?").column("姓名 Name", s -> s)
                .download("course", List.of("张三"));

        try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(file.getBody()))) {
            Sheet sheet = book.getFirstSheet();
            assertThat(sheet.getName()).isEqualTo("书法 绘画班  春季");
            assertThat(sheet.read().get(1).getCellText(0)).isEqualTo("张三");
        }
    }

    @Test
    void a_book_holds_its_sheets_in_the_order_they_were_added_each_with_its_own_header() throws Exception {
        ResponseEntity<byte[]> file = ExcelExport.book()
                .sheet(ExcelExport.<String>sheet("成员").column("姓名 Name", s -> s), List.of("张三", "李四"))
                .sheet(ExcelExport.<Integer>sheet("汇总").column("人数 Members", n -> n), List.of(2))
                .download("duty");

        assertThat(file.getHeaders().getContentType()).isEqualTo(ExcelExport.XLSX);
        try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(file.getBody()))) {
            List<Sheet> sheets = book.getSheets().toList();
            assertThat(sheets).extracting(Sheet::getName).containsExactly("成员", "汇总");
            assertThat(sheets.get(0).read()).extracting(r -> r.getCellText(0)).containsExactly("姓名 Name", "张三", "李四");
            assertThat(sheets.get(1).read()).extracting(r -> r.getCellText(0)).containsExactly("人数 Members", "2");
        }
    }
}
