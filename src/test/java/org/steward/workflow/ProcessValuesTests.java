package org.steward.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.List;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.junit.jupiter.api.Test;
import org.steward.shared.InvalidInput;

/**
 * A step reads its variables by kind; a value of another kind is refused naming the variable, a missing one is null.
 */
class ProcessValuesTests {

  private final VariableScope scope = mock(VariableScope.class);

  @Test
  void valuesOfTheExpectedKind_areRead_andMissingOnesAreNull() {
    when(scope.getVariable("answer")).thenReturn("已协调");
    when(scope.getVariable("approved")).thenReturn(true);
    when(scope.getVariable("unitId")).thenReturn(41);
    when(scope.getVariable("orderId")).thenReturn(7L);
    when(scope.getVariable("departments")).thenReturn(List.of("resources", "housing"));
    when(scope.getVariable(ProcessValues.COMPLETED_BY)).thenReturn("zhangwei");

    assertThat(ProcessValues.text(scope, "answer")).isEqualTo("已协调");
    assertThat(ProcessValues.flag(scope, "approved")).isTrue();
    assertThat(ProcessValues.number(scope, "unitId")).isEqualTo(41L);
    assertThat(ProcessValues.number(scope, "orderId")).isEqualTo(7L);
    assertThat(ProcessValues.texts(scope, "departments")).containsExactly("resources", "housing");
    assertThat(ProcessValues.completer(scope)).isEqualTo("zhangwei");
    assertThat(ProcessValues.text(scope, "missing")).isNull();
    assertThat(ProcessValues.number(scope, "missing")).isNull();
    assertThat(ProcessValues.texts(scope, "missing")).isNull();
  }

  @Test
  void aValueOfAnotherKind_isRefusedNamingTheVariable() {
    when(scope.getVariable("answer")).thenReturn(42);
    when(scope.getVariable("unitId")).thenReturn("41");
    when(scope.getVariable("share")).thenReturn(0.5d);
    when(scope.getVariable("approved")).thenReturn("true");
    when(scope.getVariable("departments")).thenReturn(List.of("resources", 3));

    for (String name : List.of("answer", "approved")) {
      assertThatThrownBy(() -> {
        ProcessValues.text(scope, name);
        ProcessValues.flag(scope, name);
      }).as(name).isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.violations())
          .singleElement().satisfies(v -> assertThat(v.field()).isEqualTo(name))
          .satisfies(v -> assertThat(v.code()).isEqualTo("typeMismatch")));
    }
    assertThatThrownBy(() -> ProcessValues.number(scope, "unitId")).isInstanceOf(InvalidInput.class);
    assertThatThrownBy(() -> ProcessValues.number(scope, "share")).isInstanceOf(InvalidInput.class);
    assertThatThrownBy(() -> ProcessValues.texts(scope, "departments")).isInstanceOf(InvalidInput.class);
  }
}
