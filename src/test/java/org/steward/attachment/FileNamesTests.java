package org.steward.attachment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FileNamesTests {

  @Test
  void chineseName_isKeptWhole() {
    assertThat(FileNames.clean("营业执照（副本）2026.pdf")).contains("营业执照（副本）2026.pdf");
  }

  @Test
  void pathAndControlCharacters_areDropped() {
    assertThat(FileNames.clean("C:\\Users\\张三\\现场照片.jpg")).contains("现场照片.jpg");
    assertThat(FileNames.clean("../../etc/passwd\u0000.png")).contains("passwd.png");
    assertThat(FileNames.clean("报告\u202E.pdf")).contains("报告.pdf");
  }

  @Test
  void nothingLeft_isNoName() {
    assertThat(FileNames.clean(null)).isEmpty();
    assertThat(FileNames.clean("  ")).isEmpty();
    assertThat(FileNames.clean("uploads/")).isEmpty();
    assertThat(FileNames.clean("..")).isEmpty();
  }

  @Test
  void longName_isShortened() {
    assertThat(FileNames.clean("很".repeat(300) + ".pdf").orElseThrow().codePointCount(0, 200)).isEqualTo(200);
  }
}
