package org.steward.ledger.web;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.steward.ledger.LedgerLine;
import org.steward.request.RequestState;
import org.steward.request.Satisfaction;
import org.steward.shared.TableWriter;
import org.steward.shared.TableWriter.Column;

/** The columns of the coordination items list (协调事项明细表) and the Chinese words for the codes in its cells. */
final class LedgerSheet {

  static final String TITLE = "协调事项明细表";
  static final List<Column> COLUMNS = List.of(Column.text("案件编号"), Column.text("企业名称"), Column.text("诉求类别"),
      Column.text("诉求标题"), Column.text("首席服务官"), Column.text("案件状态"), Column.text("解决方式"),
      Column.dateTime("提交时间"), Column.dateTime("首次答复时限"), Column.dateTime("首次答复时间"),
      Column.date("办结时限"), Column.text("案件灯色"), Column.number("重办次数"), Column.text("满意度"),
      Column.dateTime("销号时间"), Column.number("交办轮次"), Column.text("办理部门"), Column.text("部门角色"),
      Column.dateTime("交办时间"), Column.date("部门办理时限"), Column.text("部门办理状态"), Column.text("部门灯色"),
      Column.text("进度评价"), Column.dateTime("反馈时间"), Column.text("办理反馈"), Column.text("退单理由"),
      Column.number("待反馈督办单"));

  private static final Map<String, String> OUTCOMES = Map.of("RESOLVED_DIRECTLY", "即时解决", "TRACKED", "跟踪解决");
  private static final Map<String, String> LIGHTS = Map.of("GREEN", "绿灯", "YELLOW", "黄灯", "RED", "红灯");
  private static final Map<String, String> ROLES = Map.of("LEAD", "牵头", "COOPERATING", "配合");
  private static final Map<String, String> UNIT_STATES = Map.of("ASSIGNED", "待签收", "SIGNED", "办理中",
      "EXTENSION_REQUESTED", "延期审批中", "FEEDBACK_GIVEN", "已反馈", "RETURNED", "已退单", "WITHDRAWN", "已撤回");
  private static final Map<String, String> RATINGS = Map.of("DONE", "完成", "ON_TRACK", "如期推进", "SLOW", "进展缓慢");

  private LedgerSheet() {
  }

  /** One line; {@code categoryLabels} names the categories (code to label), read once per export. */
  static void write(TableWriter writer, LedgerLine line, Map<String, String> categoryLabels) {
    LedgerLine.Unit unit = line.unit();
    writer.row(Arrays.asList(line.caseNumber(), line.enterpriseName(),
        categoryLabels.getOrDefault(line.category(), line.category()), line.title(),
        line.officerName(), RequestState.labelOf(line.state()), word(OUTCOMES, line.outcome()), line.submittedAt(),
        line.responseDue(), line.acknowledgedAt(), line.resolutionDue(), word(LIGHTS, line.light()),
        line.reopenCount(), line.satisfaction() == null ? null : Satisfaction.valueOf(line.satisfaction()).label(),
        line.closedAt(),
        unit == null ? null : unit.round(), unit == null ? null : unit.departmentName(),
        unit == null ? null : word(ROLES, unit.role()), unit == null ? null : unit.handedOverAt(),
        unit == null ? null : unit.dueDate(), unit == null ? null : word(UNIT_STATES, unit.state()),
        unit == null ? null : word(LIGHTS, unit.light()), unit == null ? null : word(RATINGS, unit.rating()),
        unit == null ? null : unit.finishedAt(), unit == null ? null : unit.feedback(),
        unit == null ? null : unit.returnReason(), line.openSupervisionOrders()));
  }

  private static String word(Map<String, String> words, String code) {
    return code == null ? null : words.getOrDefault(code, code);
  }
}
