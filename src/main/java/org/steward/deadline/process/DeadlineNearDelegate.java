package org.steward.deadline.process;

import org.springframework.stereotype.Component;
import org.steward.deadline.Light;
import org.steward.deadline.Lights;

/** The yellow timer (黄灯预警) of any deadline: {@code ${deadlineNearDelegate}}, input parameter {@code subject}. */
@Component
class DeadlineNearDelegate extends SignalLightDelegate {

  DeadlineNearDelegate(Lights lights, LightVariables variables) {
    super(Light.YELLOW, lights, variables);
  }
}
