package org.steward.workflow;

import java.util.List;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.steward.directory.StewardGroups;

/**
 * Takes out of the supervisors' pool the tasks someone already had when {@link SupervisorPoolPlugin} came: earlier
 * versions kept the group's link on every assigned supervision task. A page of tasks at a time, each in its own
 * command; idempotent and logged. A database with nothing to take out costs one query.
 */
@Component
@Order(22)
@RequiredArgsConstructor
class SupervisorPoolUpgrade implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(SupervisorPoolUpgrade.class);
  private static final int PAGE = 500;

  private final TaskService tasks;

  @Override
  public void run(ApplicationArguments args) {
    int taken = 0;
    List<Task> page;
    do {
      page = tasks.createTaskQuery().taskCandidateGroup(StewardGroups.SUPERVISORS).includeAssignedTasks()
          .taskAssigned().listPage(0, PAGE);
      page.forEach(task -> tasks.deleteCandidateGroup(task.getId(), StewardGroups.SUPERVISORS));
      taken += page.size();
    } while (page.size() == PAGE);
    if (taken > 0) {
      log.info("{} assigned tasks taken out of the supervisors' pool", taken);
    }
  }
}
