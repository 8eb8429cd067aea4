package org.steward.access.process;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.cmd.SaveAuthorizationCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.steward.access.CaseAccess;
import org.steward.access.CaseHistoryGrants;
import org.steward.access.CaseReaders;

/**
 * Grants READ on {@link Resources#HISTORIC_PROCESS_INSTANCE} of every process instance of a case (the instance at
 * hand, its root, and every instance with the case number as business key) to the staff users and groups that
 * {@link CaseAccess} names as the case's readers now (the enterprise reads its case through Steward's API only). Those
 * who read every case keep READ_HISTORY on all definitions instead. Grants are only ever added: a reader who leaves a
 * case keeps reading the history it once read.
 */
@Component
@RequiredArgsConstructor
class HistoricInstanceGrants implements CaseHistoryGrants {

  /** The variable every case process carries (business keys of internal processes may be other numbers). */
  static final String CASE_NUMBER = "caseNumber";

  private final CaseAccess access;
  private final JdbcClient jdbc;

  void grant(DelegateExecution execution) {
    Object variable = execution.getVariable(CASE_NUMBER);
    String caseNumber = variable != null ? variable.toString() : execution.getProcessBusinessKey();
    if (caseNumber != null) {
      grant(caseNumber, () -> instancesOf((ExecutionEntity) execution, caseNumber));
    }
  }

  @Override
  public void grantReaders(String caseNumber) {
    grant(caseNumber, () -> instancesOf(null, caseNumber));
  }

  private void grant(String caseNumber, Supplier<Set<String>> instances) {
    CaseReaders readers = access.staffReadersOf(caseNumber);
    if (readers.users().isEmpty() && readers.groups().isEmpty()) {
      return;
    }
    CommandContext context = Context.getCommandContext();
    // The grants follow from the user's operation, which the operation log records already; logged, each grant would
    // add seven rows (one per property) under the user's name, as if the user had granted it (issue 18).
    boolean logging = context.isUserOperationLogEnabled();
    context.disableUserOperationLog();
    try {
      context.runWithoutAuthorization(() -> {
        grant(context, instances.get(), readers);
        return null;
      });
    } finally {
      context.setLogUserOperationEnabled(logging);
    }
  }

  /**
   * The instance at hand and its root (when there is one), and every instance with the case number as business key.
   * Read with one indexed select (ACT_IDX_HI_PRO_I_BUSKEY): this runs for every task a case creates, and the engine's
   * historic instance query cost a case more than all its other grants together (issue 18).
   */
  private Set<String> instancesOf(ExecutionEntity execution, String caseNumber) {
    Set<String> instances = new LinkedHashSet<>();
    if (execution != null) {
      instances.add(execution.getProcessInstanceId());
      instances.add(execution.getRootProcessInstanceId());
    }
    instances.addAll(jdbc.sql("select ID_ from ACT_HI_PROCINST where BUSINESS_KEY_ = ?").param(caseNumber)
        .query(String.class).list());
    instances.remove(null);
    return instances;
  }

  private void grant(CommandContext context, Set<String> instances, CaseReaders readers) {
    if (instances.isEmpty()) {
      return;
    }
    Set<String> granted = granted(context, instances);
    for (String instance : instances) {
      for (String user : readers.users()) {
        save(context, granted, instance, user, null);
      }
      for (String group : readers.groups()) {
        save(context, granted, instance, null, group);
      }
    }
  }

  private static void save(CommandContext context, Set<String> granted, String instance, String user, String group) {
    if (granted.add(key(instance, user, group))) {
      AuthorizationEntity authorization = new AuthorizationEntity(Authorization.AUTH_TYPE_GRANT);
      authorization.setUserId(user);
      authorization.setGroupId(group);
      authorization.setResource(Resources.HISTORIC_PROCESS_INSTANCE);
      authorization.setResourceId(instance);
      authorization.addPermission(HistoricProcessInstancePermissions.READ);
      new SaveAuthorizationCmd(authorization).execute(context);
    }
  }

  /** The grants on these instances: stored ones, and those of this command not yet flushed. */
  private Set<String> granted(CommandContext context, Set<String> instances) {
    Set<String> granted = new HashSet<>();
    int type = Resources.HISTORIC_PROCESS_INSTANCE.resourceType();
    jdbc.sql("select RESOURCE_ID_, USER_ID_, GROUP_ID_ from ACT_RU_AUTHORIZATION "
            + "where RESOURCE_TYPE_ = :type and RESOURCE_ID_ in (:instances)")
        .param("type", type).param("instances", List.copyOf(instances))
        .query(rs -> {
          granted.add(key(rs.getString(1), rs.getString(2), rs.getString(3)));
        });
    context.getDbEntityManager().getCachedEntitiesByType(AuthorizationEntity.class).stream()
        .filter(a -> a.getResourceType() == type && instances.contains(a.getResourceId()))
        .forEach(a -> granted.add(key(a.getResourceId(), a.getUserId(), a.getGroupId())));
    return granted;
  }

  private static String key(String instance, String user, String group) {
    return instance + "|" + (user != null ? "u:" + user : "g:" + group);
  }
}
