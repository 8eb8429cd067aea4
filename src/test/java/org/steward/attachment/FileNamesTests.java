package org.steward.attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.steward.shared.TextRules;

class FileNamesTests {

  @Test
  void chineseName_isKeptWhole() {
    assertThat(FileNames.clean("营业执照（副本）2026.pdf")).contains("营业执照（副本）2026.pdf");
  }

  @Test
  void pathAndFormatCharacters_areDropped() {
    assertThat(FileNames.clean("C:\\Users\\张三\\现场照片.jpg")).contains("现场照片.jpg");
    assertThat(FileNames.clean("../../etc/passwd.png")).contains("passwd.png");
    assertThat(FileNames.clean("报告\u202E.pdf")).contains("报告.pdf");
  }

  @Test
  void controlCharactersAndLoneSurrogates_refuseTheFile() {
    for (String name : List.of("passwd\u0000.png", "报告\u0007.pdf", "a\nb.pdf", "\uD800.jpg", "照片\uFFFE.jpg")) {
      assertThatThrownBy(() -> FileNames.clean(name)).isInstanceOfSatisfying(AttachmentRefused.class, refused -> {
        assertThat(refused.code()).isEqualTo("attachment-name-refused");
        assertThat((String) refused.args()[0]).contains("\uFFFD").matches(shown -> TextRules.clean(shown));
      });
    }
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
