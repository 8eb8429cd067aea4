package org.steward.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.steward.directory.Department;
import org.steward.directory.DirectoryManagement;
import org.steward.directory.StewardGroups;
import org.steward.request.Categories;
import org.steward.shared.StewardException;

class ValueLabelsTests {

  private final DirectoryManagement directory = mock(DirectoryManagement.class);
  private final Categories categories = mock(Categories.class);

  @Test
  void wordsComeFromTheFormsOptions_theCategories_andTheDirectory() throws IOException {
    when(directory.departments()).thenReturn(List.of(new Department("power", "供电局")));
    when(categories.labels()).thenReturn(Map.of("land", "用地"));
    ValueLabels.Labels labels = new ValueLabels(directory, categories, new PathMatchingResourcePatternResolver())
        .labels(Set.of(StewardGroups.SUPERVISORS));

    assertThat(labels.byName().get("decision")).containsEntry("HAND_OVER", "交办部门");
    assertThat(labels.byName().get("action")).containsEntry("FEEDBACK", "反馈办理结果").containsEntry("ARBITRATE", "仲裁");
    assertThat(labels.byName().get("category")).containsEntry("land", "用地");
    assertThat(labels.byName().get("light")).containsEntry("GREEN", "绿灯（时限内）");
    assertThat(labels.departments()).containsExactly(entry("power", "供电局"));
  }

  @Test
  void onlyCockpitsUsers_getThem() throws IOException {
    ValueLabels labels = new ValueLabels(directory, categories, new PathMatchingResourcePatternResolver());

    assertThat(labels.labels(Set.of(StewardGroups.ADMIN)).byName()).isNotEmpty();
    assertThatThrownBy(() -> labels.labels(Set.of("officers"))).isInstanceOf(StewardException.class);
  }
}
