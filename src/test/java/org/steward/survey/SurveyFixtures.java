package org.steward.survey;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.steward.survey.SurveyResults.OptionCount;
import org.steward.survey.SurveyResults.QuestionResult;
import org.steward.survey.SurveyResults.Rate;
import org.steward.survey.SurveyResults.RawAnswer;

/** A small campaign's results: 30 of 40 enterprises answered, two choices, a text and a number question. */
final class SurveyFixtures {

  static final QuestionResult SATISFACTION = new QuestionResult("satisfaction", "对营商环境是否满意", true, 30,
      List.of(new OptionCount("VERY", "非常满意", 12), new OptionCount("FAIR", "基本满意", 15),
          new OptionCount("NOT", "不满意", 3)));
  static final QuestionResult NEEDS = new QuestionResult("needs", "最需要哪些服务（可多选）", true, 28,
      List.of(new OptionCount("LAND", "用地", 20), new OptionCount("LABOUR", "用工", 14),
          new OptionCount("FINANCE", "融资", 0)));
  static final QuestionResult SUGGESTION = new QuestionResult("suggestion", "其他建议", false, 9, List.of());
  static final QuestionResult STAFF = new QuestionResult("staff", "员工人数", false, 30, List.of());

  private SurveyFixtures() {
  }

  static SurveyResults results() {
    return new SurveyResults(7, "2026年企业满意度调查", LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 20), true,
        new Rate(SurveyResults.ALL, 40, 30),
        List.of(new Rate("张伟", 25, 20), new Rate("刘洋", 15, 10)),
        List.of(new Rate("天河区", 30, 24), new Rate("黄埔区", 10, 6)),
        List.of(SATISFACTION, NEEDS, SUGGESTION, STAFF),
        List.of(new RawAnswer(101, "广州示例制造有限公司", "张伟", Instant.parse("2026-11-03T02:30:00Z"),
                display("satisfaction", "非常满意", "needs", "用地、用工", "suggestion", "=HYPERLINK(\"http://x\")",
                    "staff", "120")),
            new RawAnswer(102, "+黄埔新材料", "刘洋", Instant.parse("2026-11-04T09:05:00Z"),
                display("satisfaction", "基本满意", "needs", "用工", "staff", "45"))));
  }

  private static Map<String, String> display(String... keysAndTexts) {
    Map<String, String> display = new LinkedHashMap<>();
    for (int i = 0; i < keysAndTexts.length; i += 2) {
      display.put(keysAndTexts[i], keysAndTexts[i + 1]);
    }
    return display;
  }
}
