package org.steward.workflow;

import java.util.List;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.el.CommandContextFunctions;
import org.camunda.bpm.engine.impl.util.ReflectUtil;
import org.springframework.stereotype.Component;

/**
 * Lets {@code ${currentUserGroups()}} answer a user who is in no group yet (an administrator created it and has not
 * added it to one) with a group id that no group can have, instead of with no groups. 我的待办 and the light filters
 * ({@link TasklistFilters}) ask for tasks offered to the caller's groups, and Camunda refuses an empty list of
 * candidate groups: such a user's filters answered with an error rather than with its own tasks.
 */
@Component
public class CurrentUserGroupsPlugin extends AbstractProcessEnginePlugin {

  /** Outside every pattern a group id must match ({@code directory.GroupIdPattern}), so no task is offered to it. */
  static final String NO_GROUP = "(none)";

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    configuration.getExpressionManager().addFunction(CommandContextFunctions.CURRENT_USER_GROUPS,
        ReflectUtil.getMethod(CurrentUserGroupsPlugin.class, "currentUserGroups"));
  }

  /** The caller's groups as Camunda's own function reads them, or {@link #NO_GROUP} when it has none. */
  public static List<String> currentUserGroups() {
    List<String> groups = CommandContextFunctions.currentUserGroups();
    return groups == null || groups.isEmpty() ? List.of(NO_GROUP) : groups;
  }
}
