package org.steward.convening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.steward.directory.Officer;
import org.steward.shared.InvalidInput;
import org.steward.shared.Violations;

/** Who may be convened and added (加签), checked without Spring over a directory of three officers. */
class OfficerChoiceTests {

  private static final Map<String, Officer> OFFICERS = Map.of("liuyang", officer("liuyang", "刘洋"),
      "wangjing", officer("wangjing", "王静"), "lina", officer("lina", "李娜"));
  private static final Function<String, Optional<Officer>> DIRECTORY = id -> Optional.ofNullable(OFFICERS.get(id));

  @Test
  void twoRegisteredOfficers_areConvenedInTheirOrder() {
    Violations violations = new Violations();

    List<Officer> chosen = OfficerChoice.convened(List.of(" wangjing", "liuyang "), "zhangwei", DIRECTORY, violations);

    assertThat(chosen).extracting(Officer::id).containsExactly("wangjing", "liuyang");
    assertThat(codes(violations)).isEmpty();
  }

  @Test
  void theConvener_aRepeat_anUnknownAndABlank_areNamedByTheirPlace() {
    Violations violations = new Violations();

    OfficerChoice.convened(Arrays.asList("zhangwei", "liuyang", "liuyang", "nobody", null), "zhangwei", DIRECTORY,
        violations);

    assertThat(codes(violations)).containsExactly("officers[0] convening.officer.convener",
        "officers[2] convening.officer.duplicate", "officers[3] convening.officer.unknown", "officers[4] NotBlank");
  }

  @Test
  void fewerThanTwoOrMoreThanTwentyDistinct_areTheWrongCount() {
    Violations one = new Violations();
    OfficerChoice.convened(List.of("liuyang"), "zhangwei", DIRECTORY, one);
    assertThat(codes(one)).containsExactly("officers convening.officers.count");

    Violations many = new Violations();
    OfficerChoice.convened(IntStream.range(0, 21).mapToObj(i -> "officer" + i).toList(), "zhangwei", DIRECTORY, many);
    assertThat(codes(many)).contains("officers convening.officers.count");
  }

  @Test
  void anAddedOfficer_mustBeKnown_notTheConvener_notConvenedYet_andFit() {
    assertThat(added("lina", List.of("liuyang", "wangjing"))).isEqualTo("lina");
    assertThat(added(" ", List.of("liuyang"))).isEqualTo("officer NotBlank");
    assertThat(added("nobody", List.of("liuyang"))).isEqualTo("officer convening.officer.unknown");
    assertThat(added("liuyang", List.of("liuyang"))).isEqualTo("officer convening.officer.already");
    List<String> full = IntStream.range(0, OfficerChoice.MAX_OFFICERS).mapToObj(i -> "officer" + i).toList();
    assertThat(added("lina", full)).isEqualTo("officer convening.officers.full");
  }

  @Test
  void theConvener_cannotBeAdded() {
    Map<String, Officer> withConvener = Map.of("zhangwei", officer("zhangwei", "张伟"));
    Violations violations = new Violations();

    Officer added = OfficerChoice.added("zhangwei", "zhangwei", List.of("liuyang"),
        id -> Optional.ofNullable(withConvener.get(id)), violations);

    assertThat(added).isNull();
    assertThat(codes(violations)).containsExactly("officer convening.officer.convener");
  }

  /** The added officer's id, or the violation that refused it. */
  private static String added(String officer, List<String> convened) {
    Violations violations = new Violations();
    Officer added = OfficerChoice.added(officer, "zhangwei", convened, DIRECTORY, violations);
    return added != null ? added.id() : String.join(",", codes(violations));
  }

  private static List<String> codes(Violations violations) {
    try {
      violations.throwIfAny();
      return List.of();
    } catch (InvalidInput invalid) {
      return invalid.violations().stream().map(v -> v.field() + " " + v.code()).toList();
    }
  }

  private static Officer officer(String id, String name) {
    return new Officer(id, name, null, null, null, null, false);
  }
}
