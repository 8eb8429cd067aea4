package org.steward.request;

import lombok.RequiredArgsConstructor;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.steward.directory.DirectoryManagement;
import org.steward.directory.StewardGroups;
import org.steward.notification.Notifications;
import org.steward.timeline.Timeline;

/**
 * What a case's news does besides the case itself: its timeline line and the notifications to the people it concerns.
 * Listens synchronously, in the step's transaction (ADR 0016), so a step that rolls back leaves neither behind.
 */
@Component
@RequiredArgsConstructor
class RequestNotices {

  private final Timeline timeline;
  private final Notifications notifications;
  private final DirectoryManagement directory;
  private final RequestRows rows;

  /** The new case on its timeline; its officer, or every officer for a case in the queue, asked to sign for it. */
  @EventListener
  void submitted(RequestSubmitted submitted) {
    String caseNumber = submitted.caseNumber();
    timeline.record(caseNumber, "SUBMITTED", submitted.submittedBy(), "提交诉求", submitted.title());
    String text = "新诉求待签收（24小时内首次答复）：" + submitted.title();
    if (submitted.officer() != null) {
      notifications.notifyUser(submitted.officer(), "REQUEST_SUBMITTED", caseNumber, text);
    } else {
      notifications.notifyGroup(StewardGroups.OFFICERS, "REQUEST_SUBMITTED", caseNumber, text);
    }
  }

  /** The reply on the timeline; the enterprise's users asked to rate it. */
  @EventListener
  void replied(RequestReplied replied) {
    String caseNumber = replied.caseNumber();
    if (replied.directly()) {
      timeline.record(caseNumber, "RESOLVED_DIRECTLY", replied.repliedBy(), "即时解决并答复企业", replied.reply());
    } else {
      timeline.record(caseNumber, "REPLIED", replied.repliedBy(), "答复企业", replied.reply());
    }
    RequestRow row = rows.row(caseNumber);
    for (String login : directory.loginsOf(row.enterpriseId())) {
      notifications.notifyUser(login, "REQUEST_REPLIED", caseNumber, "您的诉求已答复，请评价满意度：" + row.title());
    }
  }
}
