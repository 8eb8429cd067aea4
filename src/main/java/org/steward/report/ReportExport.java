package org.steward.report;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.steward.visit.VisitReport;
import org.steward.project.Milestone;
import org.steward.shared.ExportFormat;
import org.steward.shared.TableWriter;
import org.steward.shared.TableWriter.Column;

/**
 * A report as a file: in Excel one sheet per breakdown (汇总, 按部门, 按首席服务官, 按区域, 按类别, 项目, 政策推送, 走访)
 * with rates formatted as percentages; in CSV one table whose first two columns say the breakdown and the group
 * (projects and visits are left out), the policies' rows after the requests' with their own columns at the end.
 */
public final class ReportExport {

  private static final List<Column> FIGURES = List.of(Column.number("收集诉求数"), Column.number("即时解决数"),
      Column.number("跟踪解决数"), Column.number("已办结数"), Column.number("企业撤回数"),
      Column.number("未补充材料关闭数"), Column.percent("解决率"), Column.percent("按期办结率"),
      Column.number("平均首次响应时长（小时）"), Column.percent("24小时内响应率"), Column.number("催办次数"),
      Column.percent("催办率"), Column.number("重办数"), Column.percent("重办率"), Column.percent("满意率"));
  private static final List<Column> RATINGS = List.of(Column.number("完成"), Column.number("如期推进"),
      Column.number("进展缓慢"));
  private static final List<Column> POLICY_FIGURES = List.of(Column.number("匹配企业数"), Column.number("已送达"),
      Column.number("已阅读"), Column.percent("阅读率"), Column.number("官员已确认"), Column.number("适用"),
      Column.number("咨询/申报数"));
  private static final String POLICY_SHEET = "政策推送";
  private static final String TOTAL = "合计";
  private static final Map<String, String> PROJECT_STATES = Map.of("ON_TRACK", "正常推进", "AT_RISK", "存在风险",
      "DELAYED", "进度滞后", "FINISHED", "已投产");

  private ReportExport() {
  }

  /** {@code 工作报表-<label>}, the file's name without extension. */
  public static String title(Report report) {
    return "工作报表-" + report.period().label();
  }

  /** Writes the report; the stream stays open. */
  public static void write(Report report, ExportFormat format, OutputStream out) {
    try (TableWriter writer = TableWriter.of(format, out)) {
      if (format == ExportFormat.CSV) {
        writer.table("工作报表", concat(List.of(Column.text("维度"), Column.text("名称")), FIGURES, RATINGS,
            List.of(Column.text("发文部门"), Column.date("发布日期")), POLICY_FIGURES));
        writer.row(concat(List.of(TOTAL, report.period().label()), cells(report.totals())));
        breakdown(writer, "部门", report.byDepartment(), true);
        breakdown(writer, "首席服务官", report.byOfficer(), false);
        breakdown(writer, "区域", report.byArea(), false);
        breakdown(writer, "类别", report.byCategory(), false);
        List<Object> noRequestFigures = Collections.nCopies(FIGURES.size() + RATINGS.size(), null);
        for (Report.Policy policy : report.policies().rows()) {
          writer.row(concat(List.of("政策", policy.title()), noRequestFigures, policy(policy)));
        }
        writer.row(concat(List.of("政策" + TOTAL, report.period().label()), noRequestFigures,
            policyTotals(report.policies())));
        return;
      }
      writer.table("汇总", concat(List.of(Column.text("统计期间"), Column.date("开始日期"), Column.date("结束日期")),
          FIGURES));
      writer.row(concat(List.of(report.period().label(), report.period().from(), report.period().to()),
          cells(report.totals())));
      sheet(writer, "按部门", "部门", report.byDepartment(), true);
      sheet(writer, "按首席服务官", "首席服务官", report.byOfficer(), false);
      sheet(writer, "按区域", "区域", report.byArea(), false);
      sheet(writer, "按类别", "类别", report.byCategory(), false);
      writer.table("项目", List.of(Column.text("分组"), Column.text("状态"), Column.number("项目数")));
      report.projects().byState().forEach((state, count) ->
          writer.row(List.of("按状态", PROJECT_STATES.getOrDefault(state, state), count)));
      report.projects().byMilestone().forEach((milestone, count) ->
          writer.row(List.of("按节点", milestone(milestone), count)));
      writer.table(POLICY_SHEET, concat(List.of(Column.text("政策名称"), Column.text("发文部门"),
          Column.date("发布日期")), POLICY_FIGURES));
      for (Report.Policy policy : report.policies().rows()) {
        writer.row(concat(List.of(policy.title()), policy(policy)));
      }
      writer.row(concat(List.of(TOTAL), policyTotals(report.policies())));
      visits(writer, report.visits());
    }
  }

  // 发文部门, 发布日期 and the figures
  private static List<Object> policy(Report.Policy policy) {
    return concat(List.of(policy.issuingDepartment(), policy.publishedOn()), cells(policy.figures()));
  }

  // no department nor date, the figures added up
  private static List<Object> policyTotals(Report.Policies policies) {
    return concat(Arrays.asList(null, null), cells(policies.totals()));
  }

  private static List<Object> cells(PolicyPushFigures f) {
    return Arrays.asList(f.matched(), f.delivered(), f.read(), f.readRate(), f.confirmed(),
        f.applicable(), f.consultations());
  }

  private static void visits(TableWriter writer, VisitReport.PeriodFigures visits) {
    writer.table("走访", List.of(Column.text("维度"), Column.text("名称"), Column.number("计划走访"),
        Column.number("已走访"), Column.number("逾期")));
    for (VisitReport.Figures f : visits.byDepartment()) {
      writer.row(List.of("部门", f.name(), f.planned(), f.done(), f.late()));
    }
    for (VisitReport.Figures f : visits.byOfficer()) {
      writer.row(List.of("首席服务官", f.name(), f.planned(), f.done(), f.late()));
    }
  }

  private static void sheet(TableWriter writer, String name, String header, List<Report.Group> groups,
      boolean ratings) {
    writer.table(name, concat(List.of(Column.text(header)), FIGURES, ratings ? RATINGS : List.of()));
    for (Report.Group group : groups) {
      writer.row(concat(List.of(group.name()), cells(group.figures()), ratings ? ratings(group) : List.of()));
    }
  }

  private static void breakdown(TableWriter writer, String dimension, List<Report.Group> groups, boolean ratings) {
    for (Report.Group group : groups) {
      writer.row(concat(List.of(dimension, group.name()), cells(group.figures()),
          ratings ? ratings(group) : List.of()));
    }
  }

  private static List<Object> cells(Figures f) {
    return Arrays.asList(f.collected(), f.resolvedOnSpot(), f.tracked(), f.closed(), f.withdrawn(),
        f.noResponse(), f.resolutionRate(),
        f.onTimeRate(), f.averageFirstResponseHours(), f.respondedWithin24hRate(), f.urges(), f.urgeRate(),
        f.reopened(), f.reopenRate(), f.satisfactionRate());
  }

  private static List<Object> ratings(Report.Group group) {
    return List.of(group.ratings().get("DONE"), group.ratings().get("ON_TRACK"), group.ratings().get("SLOW"));
  }

  private static String milestone(String key) {
    return Stream.of(Milestone.values()).filter(m -> m.name().equals(key)).findFirst()
        .map(m -> "待" + m.label()).orElse("已投产");
  }

  @SafeVarargs
  private static <T> List<T> concat(List<? extends T>... parts) {
    List<T> all = new ArrayList<>();
    for (List<? extends T> part : parts) {
      all.addAll(part);
    }
    return all;
  }
}
