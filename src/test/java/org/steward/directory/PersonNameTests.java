package org.steward.directory;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Names split into Camunda's two fields, and shown whole again. */
class PersonNameTests {

  @Test
  void chineseName_splitsIntoFamilyAndGivenName() {
    assertThat(PersonName.of("张伟")).isEqualTo(new PersonName("张", "伟"));
    assertThat(PersonName.of("欧阳娜娜")).isEqualTo(new PersonName("欧阳", "娜娜"));
    assertThat(PersonName.of("欧阳")).isEqualTo(new PersonName("欧", "阳"));
  }

  @Test
  void otherNames_splitAtTheLastSpace() {
    assertThat(PersonName.of("Anna Maria Li")).isEqualTo(new PersonName("Anna Maria", "Li"));
    assertThat(PersonName.of("admin")).isEqualTo(new PersonName("admin", ""));
  }

  @Test
  void join_writesChineseNamesWithoutASpace() {
    assertThat(PersonName.join("张", "伟")).isEqualTo("张伟");
    assertThat(PersonName.join("Anna", "Li")).isEqualTo("Anna Li");
    assertThat(PersonName.join("张伟", "")).isEqualTo("张伟");
    assertThat(PersonName.join(null, "伟")).isEqualTo("伟");
  }
}
