package org.steward.policy.process;

/** Ids and variable names of {@code processes/policy-push.bpmn}: one instance per published policy. */
public final class PolicyPushProcess {

  public static final String ID = "policy-push";
  public static final String RESOURCE = "processes/policy-push.bpmn";

  public static final String DELIVER_POLICY = "ServiceTask_DeliverPolicy";
  public static final String MORE_TO_DELIVER = "Gateway_MoreToDeliver";
  public static final String COLLECT_KEY_ENTERPRISES = "ServiceTask_CollectKeyEnterprises";
  public static final String CONFIRMATIONS = "SubProcess_Confirmations";
  public static final String OPEN_CONFIRMATION = "ServiceTask_OpenConfirmation";
  public static final String CONFIRM_DELIVERY = "UserTask_ConfirmDelivery";
  public static final String CONFIRMATION_NEAR = "BoundaryEvent_ConfirmationNear";
  public static final String CONFIRMATION_OVERDUE = "BoundaryEvent_ConfirmationOverdue";
  public static final String RECORD_CONFIRMATION = "ServiceTask_RecordConfirmation";
  public static final String LATE_CONFIRMATION = "SubProcess_LateConfirmation";
  public static final String LATE_KEY_MATCH_STARTED = "StartEvent_LateKeyMatch";
  public static final String CONFIRM_LATE_DELIVERY = "UserTask_ConfirmLateDelivery";
  public static final String LATE_CONFIRMATION_NEAR = "BoundaryEvent_LateConfirmationNear";
  public static final String LATE_CONFIRMATION_OVERDUE = "BoundaryEvent_LateConfirmationOverdue";
  public static final String RECORD_LATE_CONFIRMATION = "ServiceTask_RecordLateConfirmation";
  public static final String POLICY_EXPIRES = "BoundaryEvent_PolicyExpires";
  public static final String UNTIL_EXPIRY = "Event_UntilExpiry";
  public static final String EXPIRE_POLICY = "ServiceTask_ExpirePolicy";

  /** A key enterprise the policy reached after its delivery (joined, changed or marked key later). */
  public static final String MESSAGE_LATE_KEY_MATCH = "PolicyLateKeyMatch";

  public static final String POLICY_ID = "policyId";
  public static final String POLICY_TITLE = "policyTitle";
  public static final String EXPIRES_AT = "expiresAt";
  public static final String DELIVERED_UP_TO = "deliveredUpTo";
  public static final String MORE_TO_DELIVER_FLAG = "moreToDeliver";
  public static final String KEY_ENTERPRISES = "keyEnterprises";
  public static final String ENTERPRISE_ID = "enterpriseId";
  public static final String ENTERPRISE_NAME = "enterpriseName";
  public static final String CONFIRMATION_ID = "confirmationId";
  public static final String OFFICER = "officer";
  public static final String WARN_AT = "warnAt";
  public static final String DUE_AT = "dueAt";
  public static final String APPLICABILITY = "applicability";
  public static final String NOTE = "note";

  private PolicyPushProcess() {
  }
}
