package org.steward.attachment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;

class ContentTypesTests {

  private final ContentTypes types = new ContentTypes();

  @Test
  void allowedTypes_areKnownByTheirContent() {
    assertThat(detect(SampleFiles.pdf())).contains(ContentTypes.PDF);
    assertThat(detect(SampleFiles.png())).contains(ContentTypes.PNG);
    assertThat(detect(SampleFiles.jpeg())).contains(ContentTypes.JPEG);
    assertThat(detect(SampleFiles.docx())).contains(ContentTypes.DOCX);
    assertThat(detect(SampleFiles.xlsx())).contains(ContentTypes.XLSX);
    assertThat(detect(SampleFiles.doc())).contains(ContentTypes.DOC);
    assertThat(detect(SampleFiles.xls())).contains(ContentTypes.XLS);
  }

  @Test
  void otherContent_isRefusedWhateverItIsCalled() {
    assertThat(detect(SampleFiles.zip())).isEmpty();
    assertThat(detect(SampleFiles.html())).isEmpty();
    assertThat(detect(SampleFiles.exe())).isEmpty();
    assertThat(detect(SampleFiles.otherCompound())).isEmpty();
    assertThat(detect("营业执照.pdf 只是文字".getBytes(java.nio.charset.StandardCharsets.UTF_8))).isEmpty();
  }

  @Test
  void truncatedDocument_isRefused() {
    byte[] docx = SampleFiles.docx();
    assertThat(detect(java.util.Arrays.copyOf(docx, 40))).isEmpty();
  }

  private Optional<String> detect(byte[] content) {
    return types.detect(new ByteArrayResource(content));
  }
}
