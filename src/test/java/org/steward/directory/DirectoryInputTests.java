package org.steward.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.steward.shared.InvalidInput;
import org.steward.shared.Violations;

/** The shapes the directory accepts ({@link DirectoryInput}). */
class DirectoryInputTests {

  @Test
  void departmentCodes_startWithALetter_andAreLowerCaseLettersAndDigits() {
    assertThat(DirectoryInput.isDepartmentCode("power")).isTrue();
    assertThat(DirectoryInput.isDepartmentCode("dept2")).isTrue();
    assertThat(DirectoryInput.isDepartmentCode("p")).isFalse();
    assertThat(DirectoryInput.isDepartmentCode("2power")).isFalse();
    assertThat(DirectoryInput.isDepartmentCode("Power")).isFalse();
    assertThat(DirectoryInput.isDepartmentCode("power-bureau")).isFalse();
    assertThat(DirectoryInput.isDepartmentCode("a" + "b".repeat(31))).isTrue();
    assertThat(DirectoryInput.isDepartmentCode("a" + "b".repeat(32))).isFalse();
    assertThat(DirectoryInput.isDepartmentCode(null)).isFalse();
  }

  @Test
  void userIds_areTwoToSixtyFourLettersOrDigits_asCamundaAcceptsThem() {
    assertThat(DirectoryInput.isUserId("zhangwei")).isTrue();
    assertThat(DirectoryInput.isUserId("Power01")).isTrue();
    assertThat(DirectoryInput.isUserId("z")).isFalse();
    assertThat(DirectoryInput.isUserId("zhang.wei")).isFalse();
    assertThat(DirectoryInput.isUserId("张伟")).isFalse();
    assertThat(DirectoryInput.isUserId("a".repeat(65))).isFalse();
    assertThat(DirectoryInput.isUserId(null)).isFalse();
  }

  @Test
  void emailAddresses_areCheckedLoosely() {
    assertThat(DirectoryInput.isEmail("officer@steward.example.org")).isTrue();
    assertThat(DirectoryInput.isEmail("officer@localhost")).isFalse();
    assertThat(DirectoryInput.isEmail("officer steward@example.org")).isFalse();
    assertThat(DirectoryInput.isEmail("a@b@example.org")).isFalse();
  }

  @Test
  void tags_areStrippedAndKeptOnce_inTheirOrder() {
    Violations violations = new Violations();

    assertThat(DirectoryInput.tags(violations, List.of(" 规上企业 ", "高新技术", "规上企业"))).containsExactly("规上企业",
        "高新技术");
    violations.throwIfAny();
  }

  @Test
  void tooManyOrBadTags_areNamed() {
    assertThat(fields(Collections.nCopies(DirectoryInput.MAX_TAGS + 1, "标签"))).containsExactly("tags");
    assertThat(fields(Arrays.asList("好", " ", "长".repeat(51)))).containsExactly("tags[1]", "tags[2]");
  }

  private static List<String> fields(List<String> tags) {
    Violations violations = new Violations();
    DirectoryInput.tags(violations, tags);
    return catchThrowableOfType(InvalidInput.class, violations::throwIfAny).violations().stream()
        .map(InvalidInput.FieldViolation::field).toList();
  }
}
