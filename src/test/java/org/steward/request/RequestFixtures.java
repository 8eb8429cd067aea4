package org.steward.request;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.steward.handling.HandlingUnit;
import org.steward.handling.Light;
import org.steward.handling.Rating;
import org.steward.handling.UnitRole;
import org.steward.handling.UnitState;
import org.steward.request.process.EnterpriseRequestProcess;

/** Shared test data for request tests: request bodies, handling units, and a stand-in department-handling process. */
public final class RequestFixtures {

  /** The one user task of the stand-in department-handling process. */
  public static final String STUB_UNIT_TASK = "UserTask_StubHandleMatter";

  private RequestFixtures() {
  }

  public static String body(long enterpriseId, String title) {
    return """
        {"enterpriseId": %d, "category": "land", "title": "%s", "description": "扩产需要新增工业用地约 20 亩。",
         "contactName": "王经理", "contactPhone": "020-12345678", "urgency": "NORMAL", "channel": "PORTAL"}
        """.formatted(enterpriseId, title);
  }

  public static NewRequest request(long enterpriseId, String title) {
    return new NewRequest(enterpriseId, "land", title, "扩产需要新增工业用地约 20 亩。", "王经理", "020-12345678", "NORMAL",
        "PORTAL");
  }

  public static HandlingUnit unit(long id, String caseNumber, String department, String name, UnitRole role,
      UnitState state, Light light, Rating rating, String feedback, String returnReason) {
    return new HandlingUnit(id, caseNumber, 1, department, name, role, LocalDate.of(2026, 12, 2), state, light, rating,
        feedback, returnReason, Instant.parse("2026-11-20T02:00:00Z"), null, List.of());
  }

  /**
   * Deploys a one-task {@code department-handling} unless one exists: HANDLING's real process is merged separately, and
   * these tests only need the call activity to wait for each unit.
   */
  public static void deployStubDepartmentHandling(RepositoryService repository) {
    if (repository.createProcessDefinitionQuery().processDefinitionKey(EnterpriseRequestProcess.DEPARTMENT_HANDLING)
        .count() > 0) {
      return;
    }
    repository.createDeployment().name("department-handling-stub").addModelInstance("department-handling-stub.bpmn",
        Bpmn.createExecutableProcess(EnterpriseRequestProcess.DEPARTMENT_HANDLING).name("部门办理（测试桩）")
            .camundaHistoryTimeToLive(1)
            .startEvent("StartEvent_StubUnitHandedOver").name("已交办")
            .userTask(STUB_UNIT_TASK).name("办理").camundaCandidateGroups("departments")
            .endEvent("EndEvent_StubUnitFinished").name("已办结")
            .done()).deploy();
  }
}
