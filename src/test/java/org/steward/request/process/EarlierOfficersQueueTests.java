package org.steward.request.process;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.steward.directory.DirectoryManagement;
import org.steward.request.RequestFixtures;
import org.steward.request.RequestIntake;

@SpringBootTest(properties = "steward.demo.enabled=true")
@ActiveProfiles("test")
class EarlierOfficersQueueTests {

  @Autowired
  EarlierOfficersQueue cleanup;
  @Autowired
  RequestIntake requests;
  @Autowired
  DirectoryManagement directory;
  @Autowired
  TaskService taskService;
  @Autowired
  AuthorizationService authorizations;

  @Test
  void signingTaskOfferedToTheQueueByAnEarlierVersion_isItsOfficersAlone_afterStartUp() {
    // given zhangwei's 签收诉求 as earlier versions made it: also offered to the officers' queue, with its grant
    long ent01 = directory.enterpriseOfUser("ent01").orElseThrow().id();
    String caseNumber = requests.submit(RequestFixtures.request(ent01, "早先的签收任务"), "ent01", null).request()
        .caseNumber();
    Task task = taskService.createTaskQuery().processInstanceBusinessKey(caseNumber)
        .taskDefinitionKey(EnterpriseRequestProcess.ACKNOWLEDGE_REQUEST).singleResult();
    assertThat(task.getAssignee()).isEqualTo("zhangwei");
    taskService.addCandidateGroup(task.getId(), EnterpriseRequestProcess.OFFICERS);
    assertThat(queueGrant(task.getId())).isNotNull();

    // when Steward starts, twice
    cleanup.run(new DefaultApplicationArguments());
    cleanup.run(new DefaultApplicationArguments());

    // then
    assertThat(taskService.getIdentityLinksForTask(task.getId())).extracting(IdentityLink::getGroupId)
        .doesNotContain(EnterpriseRequestProcess.OFFICERS);
    assertThat(queueGrant(task.getId())).isNull();
    assertThat(taskService.createTaskQuery().taskId(task.getId()).singleResult().getAssignee()).isEqualTo("zhangwei");
  }

  private Authorization queueGrant(String taskId) {
    return authorizations.createAuthorizationQuery().groupIdIn(EnterpriseRequestProcess.OFFICERS)
        .resourceType(Resources.TASK).resourceId(taskId).hasPermission(TaskPermissions.READ).singleResult();
  }
}
