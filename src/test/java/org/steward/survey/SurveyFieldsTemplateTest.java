package org.steward.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.templateresolver.StringTemplateResolver;

/** portal/survey-fields.html draws every question as an accessible input, pre-filled, with its error beside it. */
class SurveyFieldsTemplateTest {

  private static final String PAGE = "<form>"
      + "<div th:replace=\"~{portal/survey-fields :: fields(${questions}, ${answers}, ${errors}, ${readonly})}\"></div>"
      + "</form>";

  private final SpringTemplateEngine engine = new SpringTemplateEngine();
  private SurveyForm business;
  private SurveyForm offPeak;

  @BeforeEach
  void setUp() throws IOException {
    ClassLoaderTemplateResolver templates = new ClassLoaderTemplateResolver();
    templates.setPrefix("templates/");
    templates.setSuffix(".html");
    templates.setTemplateMode(TemplateMode.HTML);
    templates.setCharacterEncoding("UTF-8");
    templates.setCheckExistence(true);
    templates.setOrder(1);
    StringTemplateResolver strings = new StringTemplateResolver();
    strings.setOrder(2);
    engine.addTemplateResolver(templates);
    engine.addTemplateResolver(strings);
    business = SurveyForm.parse(Files.readString(Path.of("forms/surveys/business-conditions.form")));
    offPeak = SurveyForm.parse(Files.readString(Path.of("forms/surveys/off-peak-power.form")));
  }

  @Test
  void typedAnswers_preFillEveryKindOfInput() {
    Document page = render(business, Map.of("revenueChange", "FLAT", "mainDifficulties", List.of("LAND", "POWER"),
        "employeeCount", new BigDecimal("120"), "overallSatisfaction", "4", "coordinationMatters", "变压器<增容>",
        "expectedRecoveryDate", LocalDate.of(2026, 6, 30)), Map.of(), false);

    assertThat(page.select("input[name=revenueChange]")).hasSize(5)
        .allSatisfy(radio -> assertThat(radio.attr("type")).isEqualTo("radio"))
        .allSatisfy(radio -> assertThat(radio.hasAttr("required")).isTrue());
    assertThat(page.select("input[name=revenueChange][checked]")).extracting(e -> e.attr("value"))
        .containsExactly("FLAT");
    assertThat(page.select("fieldset legend").first().text()).isEqualTo("本季度营业收入同比变化*（必填）");
    assertThat(label(page, "q-revenueChange-2")).isEqualTo("基本持平");
    assertThat(page.select("input[name=mainDifficulties][checked]")).extracting(e -> e.attr("value"))
        .containsExactly("LAND", "POWER");
    assertThat(page.select("input[name=mainDifficulties]")).allSatisfy(box -> {
      assertThat(box.attr("type")).isEqualTo("checkbox");
      assertThat(box.hasAttr("required")).isFalse();
    });
    Element employees = page.getElementById("q-employeeCount");
    assertThat(employees.attr("type")).isEqualTo("number");
    assertThat(employees.attr("value")).isEqualTo("120");
    assertThat(employees.attr("min")).isEqualTo("0");
    assertThat(employees.attr("max")).isEqualTo("1000000");
    assertThat(employees.attr("step")).isEqualTo("1");
    assertThat(employees.attr("aria-describedby")).isEqualTo("q-employeeCount-hint");
    assertThat(page.getElementById("q-employeeCount-hint").text()).isEqualTo("目前在岗人数（人）");
    assertThat(label(page, "q-employeeCount")).isEqualTo("员工人数*（必填）");
    assertThat(page.select("#q-overallSatisfaction option[selected]")).extracting(Element::val).containsExactly("4");
    assertThat(page.select("#q-overallSatisfaction option").first().val()).isEmpty();
    Element matters = page.getElementById("q-coordinationMatters");
    assertThat(matters.tagName()).isEqualTo("textarea");
    assertThat(matters.val()).isEqualTo("变压器<增容>");
    assertThat(matters.attr("maxlength")).isEqualTo("2000");
    assertThat(matters.hasAttr("required")).isFalse();
    assertThat(page.getElementById("q-expectedRecoveryDate").attr("type")).isEqualTo("date");
    assertThat(page.getElementById("q-expectedRecoveryDate").val()).isEqualTo("2026-06-30");
    assertThat(page.select("[aria-invalid], .field-error")).isEmpty();
  }

  @Test
  void refusedPost_showsWhatWasTypedAndTheErrorBesideTheField() {
    Document page = render(offPeak, Map.of("offPeakPeriods", List.of("NIGHT", "WEEKEND"),
        "shiftableLoad", List.of("12.25"), "powerContactPhone", List.of("call me")),
        Map.of("shiftableLoad", "最多保留 1 位小数", "offPeakWillingness", "必填"), false);

    Element load = page.getElementById("q-shiftableLoad");
    assertThat(load.val()).isEqualTo("12.25");
    assertThat(load.attr("step")).isEqualTo("0.1");
    assertThat(load.attr("aria-invalid")).isEqualTo("true");
    assertThat(load.attr("aria-describedby")).isEqualTo("q-shiftableLoad-hint q-shiftableLoad-error");
    assertThat(page.getElementById("q-shiftableLoad-error").text()).isEqualTo("最多保留 1 位小数");
    assertThat(page.select("input[name=offPeakWillingness]"))
        .allSatisfy(radio -> assertThat(radio.attr("aria-invalid")).isEqualTo("true"));
    assertThat(page.getElementById("q-offPeakWillingness-error").text()).isEqualTo("必填");
    assertThat(page.select("input[name=offPeakPeriods][checked]")).extracting(Element::val)
        .containsExactly("NIGHT", "WEEKEND");
    assertThat(page.getElementById("q-powerContactPhone").val()).isEqualTo("call me");
    assertThat(page.getElementById("q-powerContactPhone").attr("maxlength")).isEqualTo("20");
    assertThat(page.getElementById("q-powerContactPhone").hasAttr("aria-invalid")).isFalse();
  }

  @Test
  void noAnswersNorErrors_drawsEmptyInputs() {
    Document page = render(offPeak, null, null, false);

    assertThat(page.select("input[checked], option[selected]")).isEmpty();
    assertThat(page.getElementById("q-shiftableLoad").val()).isEmpty();
    assertThat(page.select(".question")).hasSize(5);
  }

  @Test
  void readonly_showsTheAnswersAsWords() {
    Document page = render(business, Map.of("mainDifficulties", List.of("LAND", "POWER"),
        "overallSatisfaction", "5", "employeeCount", new BigDecimal("120")), Map.of(), true);

    assertThat(page.select("input, select, textarea")).isEmpty();
    assertThat(page.select("dl.survey-answers dt")).hasSize(7);
    assertThat(page.select("dl.survey-answers dd")).extracting(Element::text).containsExactly(
        "未填写", "用地、用电", "120", "5 分 · 非常满意", "未填写", "未填写", "未填写");
  }

  private Document render(SurveyForm form, Map<String, ?> answers, Map<String, String> errors, boolean readonly) {
    Context context = new Context();
    context.setVariable("questions", form.questions());
    context.setVariable("answers", answers);
    context.setVariable("errors", errors);
    context.setVariable("readonly", readonly);
    return Jsoup.parse(engine.process(PAGE, context));
  }

  private static String label(Document page, String inputId) {
    return page.select("label[for=" + inputId + "]").text();
  }
}
