package org.steward.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.steward.shared.TableWriter.Column;

class TableWriterTests {

  @Test
  void csv_keepsTextThatLooksLikeAFormulaAsText_numbersStayNumbers() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (TableWriter writer = TableWriter.of(ExportFormat.CSV, out)) {
      writer.table("明细", List.of(Column.text("标题"), Column.text("反馈"), Column.number("次数")));
      writer.row(List.of("=HYPERLINK(\"http://example.org\",\"点我\")", "-已办结", -5));
      writer.row(List.of("新车间用电增容", "@张伟 已联系", 2));
    }

    String csv = out.toString(StandardCharsets.UTF_8);
    assertThat(csv.lines().skip(1).toList()).containsExactly(
        "\"'=HYPERLINK(\"\"http://example.org\"\",\"\"点我\"\")\",'-已办结,-5",
        "新车间用电增容,'@张伟 已联系,2");
  }
}
