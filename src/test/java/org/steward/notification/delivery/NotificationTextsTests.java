package org.steward.notification.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.steward.notification.Notification;
import org.steward.shared.CaseSummary;

/** What a mail's subject and a robot's post say: the kind in Chinese, the case's number and, if needed, its title. */
class NotificationTextsTests {

  static final String LONG_TITLE = "新厂房竣工后需要办理不动产首次登记，同时申请将用电容量从两千千伏安增加到五千千伏安并配套建设专用变电站";

  final NotificationTexts texts = DeliveryFixtures.texts(caseNumber -> switch (caseNumber) {
    case "QY20260309-0001" -> Optional.of(new CaseSummary(caseNumber, "REQUEST", "新增用电负荷", "某公司", "zhangwei",
        true));
    case "QY20260309-0002" -> Optional.of(new CaseSummary(caseNumber, "REQUEST", LONG_TITLE, "某公司", "zhangwei",
        true));
    default -> Optional.empty();
  });

  @Test
  void noticeThatNamesTheCaseByNumberOnly_getsTheTitleInTheSubject() {
    NotificationTexts.Message message = texts.message(notice("UNIT_RED", "QY20260309-0001",
        "红灯督办：诉求 QY20260309-0001 已超过住建局的办理时限 2026-03-20，请立即办理。"));

    assertThat(message.subject()).isEqualTo("【服务管家】红灯督办：QY20260309-0001「新增用电负荷」");
    assertThat(message.body()).isEqualTo("""
        【服务管家】红灯督办：QY20260309-0001「新增用电负荷」
        红灯督办：诉求 QY20260309-0001 已超过住建局的办理时限 2026-03-20，请立即办理。""");
  }

  @Test
  void noticeThatNamesTheTitle_isNotToldItAgain() {
    NotificationTexts.Message message = texts.message(notice("REQUEST_SUBMITTED", "QY20260309-0001",
        "新诉求待签收，请于 3月10日 10:00 前签收并首次答复：新增用电负荷"));

    assertThat(message.subject()).isEqualTo("【服务管家】新诉求：QY20260309-0001");
  }

  @Test
  void longTitle_isShortenedInTheSubject() {
    String subject = texts.message(notice("HANDED_OVER", "QY20260309-0002", "诉求 QY20260309-0002 已交办贵单位牵头办理"))
        .subject();

    assertThat(subject).startsWith("【服务管家】交办：QY20260309-0002「" + LONG_TITLE.substring(0, 39) + "…」")
        .hasSize("【服务管家】交办：QY20260309-0002「」".length() + NotificationTexts.SUBJECT_TITLE);
  }

  @Test
  void caseNoModuleKnows_isNamedByItsNumber() {
    assertThat(texts.message(notice("URGE", "QY19990101-0001", "请尽快办理")).subject())
        .isEqualTo("【服务管家】催办：QY19990101-0001");
  }

  @Test
  void noticeAboutNoCase_hasItsKindAlone() {
    assertThat(texts.message(notice("POLICY_PUBLISHED", null, "新政策：制造业企业技改补贴")).subject())
        .isEqualTo("【服务管家】政策推送");
    assertThat(texts.message(notice("DESIGNERS_OWN_KIND", null, "请查看")).subject())
        .isEqualTo("【服务管家】通知");
  }

  private static Notification notice(String kind, String caseNumber, String text) {
    return new Notification(1, Notification.USER, "zhangwei", kind, caseNumber, text, Instant.now(), null);
  }
}
