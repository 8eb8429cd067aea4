package org.steward.deadline.process;

import org.springframework.stereotype.Component;
import org.steward.deadline.Light;
import org.steward.deadline.Lights;

/** The red timer (红灯) of any deadline: {@code ${deadlineOverdueDelegate}} with the input parameter {@code subject}. */
@Component
class DeadlineOverdueDelegate extends SignalLightDelegate {

  DeadlineOverdueDelegate(Lights lights, LightVariables variables) {
    super(Light.RED, lights, variables);
  }
}
