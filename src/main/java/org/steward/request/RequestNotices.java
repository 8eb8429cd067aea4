package org.steward.request;

import lombok.RequiredArgsConstructor;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.steward.directory.DirectoryManagement;
import org.steward.directory.StewardGroups;
import org.steward.notification.Notifications;
import org.steward.shared.StewardClock;
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

  /**
   * The new case on its timeline; its officer, or every officer for a case in the queue, asked to sign for it by when
   * (the notice of its 签收诉求 task, which the same step creates).
   */
  @EventListener
  void submitted(RequestSubmitted submitted) {
    String caseNumber = submitted.caseNumber();
    timeline.record(caseNumber, "SUBMITTED", submitted.submittedBy(), "提交诉求", submitted.title());
    String text = "新诉求待签收，请于 " + ResponseDeadline.RESPONSE_DEADLINE.format(
        submitted.responseDue().atZone(StewardClock.ZONE)) + " 前签收并首次答复：" + submitted.title();
    if (submitted.officer() != null) {
      notifications.notifyUser(submitted.officer(), "REQUEST_SUBMITTED", caseNumber, text);
    } else {
      notifications.notifyGroup(StewardGroups.OFFICERS, "REQUEST_SUBMITTED", caseNumber, text);
    }
  }

  /**
   * The transfer on the timeline (转办：former → new, and why); the new officer told, and the former one when someone
   * else moved the case on its own (an officer handing all enterprises over is not told of every case).
   */
  @EventListener
  void transferred(RequestTransferred transferred) {
    String caseNumber = transferred.caseNumber();
    String from = transferred.fromOfficer() == null ? "（待签收队列）" : nameOf(transferred.fromOfficer());
    timeline.record(caseNumber, "TRANSFERRED", transferred.transferredBy(),
        "转办：" + from + " → " + nameOf(transferred.toOfficer()), "原因：" + transferred.reason());
    notifications.notifyUser(transferred.toOfficer(), "REQUEST_TRANSFERRED", caseNumber,
        "案件转办给您（" + transferred.reason() + "）：" + transferred.title());
    if (transferred.fromOfficer() != null && !transferred.withEnterprise()
        && !transferred.fromOfficer().equals(transferred.transferredBy())) {
      notifications.notifyUser(transferred.fromOfficer(), "REQUEST_TRANSFERRED", caseNumber,
          "案件已转办给" + nameOf(transferred.toOfficer()) + "：" + transferred.title());
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

  private String nameOf(String officer) {
    return directory.officer(officer).map(o -> o.name()).orElse(officer);
  }
}
