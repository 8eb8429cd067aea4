package org.steward.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest(properties = "steward.demo.enabled=true")
@ActiveProfiles("test")
class CaseTaskNamesTests {

  @Autowired
  RuntimeService runtimeService;
  @Autowired
  TaskService taskService;

  @Test
  void taskOfACase_isNamedAfterTheCaseAndItsEnterprise() {
    String instance = runtimeService.startProcessInstanceByKey("calendar-check",
        Map.of("caseNumber", "QY20261122-0042", "enterpriseName", "广州某某精密制造有限公司")).getId();

    assertThat(taskService.createTaskQuery().processInstanceId(instance).singleResult().getName())
        .isEqualTo("核对工作日历｜QY20261122-0042｜广州某某精密制造有限公司");
  }

  @Test
  void taskOfAnEnterpriseOutsideACase_isNamedAfterTheEnterprise() {
    String instance = runtimeService.startProcessInstanceByKey("calendar-check",
        Map.of("enterpriseName", "广州某某精密制造有限公司")).getId();

    assertThat(taskService.createTaskQuery().processInstanceId(instance).singleResult().getName())
        .isEqualTo("核对工作日历｜广州某某精密制造有限公司");
  }

  @Test
  void taskOutsideACase_keepsItsModelName_andLongNamesAreCut() {
    String plain = runtimeService.startProcessInstanceByKey("calendar-check").getId();
    String longName = runtimeService.startProcessInstanceByKey("calendar-check",
        Map.of("caseNumber", "QY20261122-0043", "enterpriseName", "某".repeat(300))).getId();

    assertThat(taskService.createTaskQuery().processInstanceId(plain).singleResult().getName()).isEqualTo("核对工作日历");
    assertThat(taskService.createTaskQuery().processInstanceId(longName).singleResult().getName())
        .hasSize(CaseTaskNamesPlugin.MAX_NAME).endsWith("…");
  }
}
