package org.steward.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.Message;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.steward.convening.process.ConveningProcess;
import org.steward.deputy.process.DeputyLeaveProcess;
import org.steward.handling.process.DepartmentHandlingProcess;
import org.steward.jointoffice.process.JointMeetingProcess;
import org.steward.jointoffice.process.WeeklyAgendaProcess;
import org.steward.policy.process.PolicyPushProcess;
import org.steward.project.process.ProjectMilestonesProcess;
import org.steward.request.process.EnterpriseRequestProcess;
import org.steward.supervision.process.SupervisionOrderProcess;
import org.steward.survey.process.SurveyCampaignProcess;
import org.steward.visit.process.EnterpriseVisitProcess;
import org.steward.visit.process.VisitCycleProcess;
import org.steward.workreport.process.OfficerWorkReportProcess;

/**
 * The {@code *Process} classes name what Java and the tests rely on in each model; this test keeps them honest: every
 * element id they name is in the model, every message they name is one of its messages, and the process id is the
 * model's.
 */
class ProcessConstantsTests {

  /** What an element id looks like: {@code <Type>_<BusinessName>}. */
  private static final Pattern ELEMENT_ID = Pattern.compile("[A-Z][a-z]+[A-Za-z]*_[A-Z][A-Za-z0-9]*");

  static Stream<Class<?>> processClasses() {
    return Stream.of(CalendarCheckProcess.class, ConveningProcess.class, DepartmentHandlingProcess.class,
        JointMeetingProcess.class, WeeklyAgendaProcess.class, ProjectMilestonesProcess.class,
        EnterpriseRequestProcess.class, SupervisionOrderProcess.class, PolicyPushProcess.class,
        SurveyCampaignProcess.class, OfficerWorkReportProcess.class,
        DeputyLeaveProcess.class, VisitCycleProcess.class, EnterpriseVisitProcess.class);
  }

  @ParameterizedTest
  @MethodSource("processClasses")
  void everyIdAndMessageTheConstantsName_isInTheModel(Class<?> constants) throws Exception {
    BpmnModelInstance model;
    try (InputStream in = getClass().getClassLoader().getResourceAsStream(constant(constants, "RESOURCE"))) {
      model = Bpmn.readModelFromStream(in);
    }
    Set<String> ids = model.getModelElementsByType(BaseElement.class).stream().map(BaseElement::getId)
        .collect(Collectors.toSet());
    Set<String> messages = model.getModelElementsByType(Message.class).stream().map(Message::getName)
        .collect(Collectors.toSet());
    assertThat(model.getModelElementsByType(Process.class)).extracting(Process::getId)
        .contains(constant(constants, "ID"));

    List<String> missing = new ArrayList<>();
    int checked = 0;
    for (Field field : constants.getDeclaredFields()) {
      if (!Modifier.isStatic(field.getModifiers()) || field.getType() != String.class) {
        continue;
      }
      String value = (String) field.get(null);
      if (field.getName().startsWith("MESSAGE_") || ELEMENT_ID.matcher(value).matches()) {
        checked++;
      }
      if (field.getName().startsWith("MESSAGE_") && !messages.contains(value)) {
        missing.add(field.getName() + " = " + value + " (no such message)");
      } else if (ELEMENT_ID.matcher(value).matches() && !ids.contains(value)) {
        missing.add(field.getName() + " = " + value + " (no such element)");
      }
    }
    assertThat(checked).as(constants.getSimpleName() + " names elements").isPositive();
    assertThat(missing).as(constants.getSimpleName()).isEmpty();
  }

  private static String constant(Class<?> constants, String name) throws ReflectiveOperationException {
    return (String) constants.getField(name).get(null);
  }
}
