package org.steward.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextsTests {

  @Test
  void shorten_keepsShortTexts_cutsLongOnesWithAnEllipsis_andLeavesNullAlone() {
    assertThat(Texts.shorten("督办", 5)).isEqualTo("督办");
    assertThat(Texts.shorten("提交联席会议办公室", 5)).isEqualTo("提交联席…").hasSize(5);
    assertThat(Texts.shorten(null, 5)).isNull();
  }

  @Test
  void shorten_countsCharacters_andNeverSplitsASurrogatePair() {
    String outsideTheBmp = "𠀀".repeat(10);

    assertThat(Texts.shorten(outsideTheBmp, 10)).isEqualTo(outsideTheBmp);
    assertThat(Texts.shorten(outsideTheBmp, 5)).isEqualTo("𠀀".repeat(4) + "…");
  }
}
