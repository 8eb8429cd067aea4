package org.steward.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.jdbc.JdbcTest;
import org.springframework.context.annotation.Import;

@JdbcTest
@Import(SupervisionManagement.class)
class SupervisionManagementTests {

  @Autowired
  SupervisionManagement supervision;

  @Test
  void openedItem_isListedUntilClosed_andKeepsTheSupervisorsNote() {
    long id = supervision.open("QY20260302-0001", 7L, SupervisionReason.UNIT_OVERDUE, "housing");
    assertThat(supervision.item(id).isOpen()).isTrue();

    supervision.close(id, "chenjianguo", "已电话督促，承诺周五前办结");

    SupervisionItem closed = supervision.item(id);
    assertThat(closed.isOpen()).isFalse();
    assertThat(closed.closedBy()).isEqualTo("chenjianguo");
    assertThat(closed.unitId()).isEqualTo(7L);
    assertThat(supervision.ofCase("QY20260302-0001")).hasSize(1);
  }
}
