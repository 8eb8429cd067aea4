package org.steward.handling;

/** What a unit reports from its handling task: feedback (办理反馈), an extension request (延期申请) or a return (退单). */
public enum HandlingAction {
  FEEDBACK, EXTENSION, RETURN
}
