package org.steward.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.steward.shared.InvalidInput;
import org.steward.shared.InvalidInput.FieldViolation;
import org.steward.shared.StewardClock;

/** Survey forms as Camunda Modeler saves them become questions; answers are typed or refused question by question. */
class SurveyFormTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 3, 16);

  private SurveyForm business;
  private SurveyForm offPeak;

  @BeforeEach
  void setUp() throws IOException {
    ClockUtil.setCurrentTime(Date.from(TODAY.atTime(10, 0).atZone(StewardClock.ZONE).toInstant()));
    business = SurveyForm.parse(Files.readString(Path.of("forms/surveys/business-conditions.form")));
    offPeak = SurveyForm.parse(Files.readString(Path.of("forms/surveys/off-peak-power.form")));
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void businessConditions_readsEveryQuestionWithItsRules() {
    assertThat(business.id()).isEqualTo("business-conditions");
    assertThat(business.title()).isEqualTo("经营现状调查");
    assertThat(business.intro()).singleElement().asString().startsWith("为及时掌握企业经营情况");
    assertThat(business.questions()).extracting(Question::key).containsExactly("revenueChange", "mainDifficulties",
        "employeeCount", "overallSatisfaction", "coordinationNeeded", "coordinationMatters", "expectedRecoveryDate");
    assertThat(business.questions()).extracting(Question::type).containsExactly(QuestionType.SINGLE_CHOICE,
        QuestionType.MULTIPLE_CHOICE, QuestionType.NUMBER, QuestionType.SINGLE_CHOICE, QuestionType.SINGLE_CHOICE,
        QuestionType.LONG_TEXT, QuestionType.DATE);
    assertThat(business.questions()).extracting(Question::required)
        .containsExactly(true, false, true, true, true, false, false);
    assertThat(business.questions()).extracting(Question::countable)
        .containsExactly(true, true, false, true, true, false, false);

    Question difficulties = question(business, "mainDifficulties");
    assertThat(difficulties.options()).extracting(Option::label).containsExactly("用工", "融资", "用地", "用电", "市场", "其他");
    assertThat(difficulties.description()).isEqualTo("可多选；暂无困难可不选");
    Question employees = question(business, "employeeCount");
    assertThat(employees.min()).isEqualByComparingTo("0");
    assertThat(employees.max()).isEqualByComparingTo("1000000");
    assertThat(employees.decimalDigits()).isZero();
    assertThat(employees.description()).isEqualTo("目前在岗人数（人）");
    Question satisfaction = question(business, "overallSatisfaction");
    assertThat(satisfaction.formType()).isEqualTo("select");
    assertThat(satisfaction.options()).extracting(Option::value).containsExactly("5", "4", "3", "2", "1");
    assertThat(question(business, "coordinationMatters").maxLength()).isEqualTo(2000);
    assertThat(question(business, "expectedRecoveryDate").label()).isEqualTo("预计恢复正常经营日期");
    assertThat(question(business, "expectedRecoveryDate").noPastDates()).isTrue();
    assertThat(question(business, "revenueChange").description()).isNull();
  }

  @Test
  void offPeakPower_readsTextPatternAndDecimals() {
    assertThat(offPeak.title()).isEqualTo("错峰用电意向调查");
    Question phone = question(offPeak, "powerContactPhone");
    assertThat(phone.type()).isEqualTo(QuestionType.TEXT);
    assertThat(phone.maxLength()).isEqualTo(20);
    assertThat(phone.pattern()).isEqualTo("^[0-9+\\- ]{7,20}$");
    assertThat(question(offPeak, "shiftableLoad").decimalDigits()).isEqualTo(1);
    assertThat(question(offPeak, "offPeakConditions").maxLength()).isEqualTo(500);
  }

  @Test
  void surveyForms_findsTheFormsOnTheClasspathById() throws IOException {
    SurveyForms forms = new SurveyForms(new PathMatchingResourcePatternResolver());

    assertThat(forms.byId()).containsOnlyKeys("business-conditions", "off-peak-power");
    assertThat(forms.all()).extracting(SurveyForm::id).containsExactly("business-conditions", "off-peak-power");
    assertThat(forms.find("off-peak-power")).get().extracting(SurveyForm::title).isEqualTo("错峰用电意向调查");
    assertThat(forms.find("weekly-agenda")).isEmpty();
    assertThat(forms.find(null)).isEmpty();
  }

  @Test
  void completeAnswers_areTypedAndCleaned() {
    Map<String, List<String>> posted = new HashMap<>(completeBusinessAnswers());
    posted.put("mainDifficulties", List.of("MARKET", "LABOUR", "MARKET"));
    posted.put("employeeCount", List.of(" 120 "));
    posted.put("coordinationMatters", List.of("  希望协调变压器增容。\n涉及供电公司。  "));
    posted.put("_csrf", List.of("token"));

    Map<String, Object> answers = business.validate(posted);

    assertThat(answers).containsExactly(
        Map.entry("revenueChange", "FLAT"),
        Map.entry("mainDifficulties", List.of("LABOUR", "MARKET")),
        Map.entry("employeeCount", new BigDecimal("120")),
        Map.entry("overallSatisfaction", "4"),
        Map.entry("coordinationNeeded", "NEEDED"),
        Map.entry("coordinationMatters", "希望协调变压器增容。\n涉及供电公司。"),
        Map.entry("expectedRecoveryDate", LocalDate.of(2026, 6, 30)));
  }

  @Test
  void missingOptionalAnswers_areLeftOut() {
    Map<String, List<String>> posted = new HashMap<>(completeBusinessAnswers());
    posted.remove("mainDifficulties");
    posted.put("coordinationMatters", List.of("   "));
    posted.put("expectedRecoveryDate", List.of(""));

    assertThat(business.validate(posted)).containsOnlyKeys("revenueChange", "employeeCount", "overallSatisfaction",
        "coordinationNeeded");
  }

  @Test
  void numbers_takeDecimalsUpToTheFormsDigitsAndFullWidthDigits() {
    Map<String, Object> answers = offPeak.validate(Map.of("offPeakWillingness", List.of("WILLING"),
        "shiftableLoad", List.of("１２５.50"), "powerContactPhone", List.of("0571-8888 6666")));

    assertThat(answers.get("shiftableLoad")).isEqualTo(new BigDecimal("125.5"));
    assertThat(offPeak.validate(Map.of("offPeakWillingness", List.of("WILLING"), "shiftableLoad", List.of("3000"),
        "powerContactPhone", List.of("13800000000"))).get("shiftableLoad").toString()).isEqualTo("3000");
  }

  @Test
  void nothingAnswered_refusesEveryRequiredQuestion() {
    assertThat(refusals(business, Map.of())).containsOnlyKeys("revenueChange", "employeeCount",
        "overallSatisfaction", "coordinationNeeded").allSatisfy((key, code) -> assertThat(code)
        .isEqualTo("survey.answer.required"));
    assertThat(refusals(business, null)).hasSize(4);
  }

  @Test
  void brokenAnswers_areRefusedOneViolationPerQuestion() {
    Map<String, List<String>> posted = new HashMap<>();
    posted.put("revenueChange", List.of("SKY_HIGH"));
    posted.put("mainDifficulties", List.of("LAND", "WEATHER"));
    posted.put("employeeCount", List.of("1000001"));
    posted.put("overallSatisfaction", List.of("4", "5"));
    posted.put("coordinationNeeded", List.of("NEEDED"));
    posted.put("coordinationMatters", List.of("事项\u0000"));
    posted.put("expectedRecoveryDate", List.of("2026-02-30"));

    InvalidInput refused = catchThrowableOfType(InvalidInput.class, () -> business.validate(posted));

    assertThat(refused.violations()).extracting(FieldViolation::field).containsExactly("revenueChange",
        "mainDifficulties", "employeeCount", "overallSatisfaction", "coordinationMatters", "expectedRecoveryDate");
    assertThat(codes(refused)).containsExactly(
        Map.entry("revenueChange", "survey.answer.notAnOption"),
        Map.entry("mainDifficulties", "survey.answer.notAnOption"),
        Map.entry("employeeCount", "survey.answer.range"),
        Map.entry("overallSatisfaction", "survey.answer.oneValue"),
        Map.entry("coordinationMatters", "ControlCharacter"),
        Map.entry("expectedRecoveryDate", "survey.answer.notADate"));
    assertThat(refused.violations().get(2).args()).containsExactly("0", "1000000");
  }

  @Test
  void numbers_outsideTheirRulesAreRefused() {
    assertThat(refusal(business, "employeeCount", "12.5")).isEqualTo("NotWhole");
    assertThat(refusal(business, "employeeCount", "-1")).isEqualTo("survey.answer.range");
    assertThat(refusal(business, "employeeCount", "十二")).isEqualTo("survey.answer.notANumber");
    assertThat(refusal(business, "employeeCount", "1e3")).isEqualTo("survey.answer.notANumber");
    assertThat(refusal(business, "employeeCount", "1,200")).isEqualTo("survey.answer.notANumber");
    assertThat(refusal(offPeak, "shiftableLoad", "12.25")).isEqualTo("survey.answer.tooManyDigits");
    assertThat(refusal(offPeak, "shiftableLoad", "100000.1")).isEqualTo("survey.answer.range");
  }

  @Test
  void dates_mustBeRealDaysNotInThePast() {
    assertThat(refusal(business, "expectedRecoveryDate", "2026/06/30")).isEqualTo("survey.answer.notADate");
    assertThat(refusal(business, "expectedRecoveryDate", "明天")).isEqualTo("survey.answer.notADate");
    assertThat(refusal(business, "expectedRecoveryDate", "2026-03-15")).isEqualTo("survey.answer.pastDate");
    Map<String, List<String>> today = new HashMap<>(completeBusinessAnswers());
    today.put("expectedRecoveryDate", List.of("2026-03-16"));
    assertThat(business.validate(today).get("expectedRecoveryDate")).isEqualTo(TODAY);
  }

  @Test
  void texts_keepTheirLengthCharactersAndPattern() {
    assertThat(refusal(business, "coordinationMatters", "字".repeat(2001))).isEqualTo("TooLong");
    assertThat(refusal(offPeak, "offPeakConditions", "字".repeat(501))).isEqualTo("TooLong");
    assertThat(refusal(offPeak, "powerContactPhone", "1".repeat(21))).isEqualTo("TooLong");
    assertThat(refusal(offPeak, "powerContactPhone", "138\n00000000")).isEqualTo("SingleLine");
    assertThat(refusal(offPeak, "powerContactPhone", "call me")).isEqualTo("survey.answer.pattern");
    assertThat(refusal(offPeak, "powerContactPhone", "\u200b\u200b")).isEqualTo("NoVisibleCharacter");
    // 2,000 characters are counted as characters: an emoji is one, not two UTF-16 units
    Map<String, List<String>> emoji = new HashMap<>(completeBusinessAnswers());
    emoji.put("coordinationMatters", List.of("😀".repeat(2000)));
    assertThat(business.validate(emoji).get("coordinationMatters")).asString().hasSize(4000);
  }

  @Test
  void textRulesFromTheForm_capsAndMinimumLength() {
    SurveyForm form = SurveyForm.parse(form("""
        {"type": "textfield", "id": "Field_Name", "key": "name", "label": "名称",
         "validate": {"minLength": 2, "maxLength": 5000}},
        {"type": "textarea", "id": "Field_Notes", "key": "notes", "label": "备注", "validate": {"maxLength": 9000}}
        """));

    assertThat(form.questions()).extracting(Question::maxLength).containsExactly(200, 2000);
    assertThat(form.questions().get(0).minLength()).isEqualTo(2);
    assertThat(refusal(form, "name", "甲")).isEqualTo("survey.answer.tooShort");
    assertThat(refusal(form, "name", "甲".repeat(201))).isEqualTo("TooLong");
    assertThat(refusal(form, "notes", "乙".repeat(2001))).isEqualTo("TooLong");
  }

  @Test
  void patternThatBacktracksWithoutEnd_isRefusedQuickly() {
    SurveyForm form = SurveyForm.parse(form("""
        {"type": "textfield", "id": "Field_Code", "key": "code", "label": "代码",
         "validate": {"validationType": "custom", "pattern": "^(a+)+$"}}
        """));

    assertThat(form.validate(Map.of("code", List.of("aaaa")))).containsEntry("code", "aaaa");
    assertTimeoutPreemptively(Duration.ofSeconds(5),
        () -> assertThat(refusal(form, "code", "a".repeat(60) + "!")).isEqualTo("survey.answer.pattern"));
  }

  @Test
  void groupsAreFlattenedAndLayoutLeftOut() {
    SurveyForm form = SurveyForm.parse(form("""
        {"type": "spacer", "id": "Spacer_1"},
        {"type": "separator", "id": "Separator_1"},
        {"type": "group", "id": "Group_Contact", "label": "联系", "components": [
          {"type": "textfield", "id": "Field_Name", "key": "name", "label": "联系人"},
          {"type": "text", "id": "Text_Middle", "text": "谢谢。"}
        ]},
        {"type": "button", "id": "Button_Submit", "label": "提交", "action": "submit"}
        """));

    assertThat(form.questions()).extracting(Question::key).containsExactly("name");
    assertThat(form.title()).isEqualTo("some-survey");
    assertThat(form.intro()).containsExactly("谢谢。");
  }

  @Test
  void display_turnsStoredAnswersIntoWords() {
    assertThat(question(business, "mainDifficulties").display(List.of("LABOUR", "POWER"))).isEqualTo("用工、用电");
    assertThat(question(business, "overallSatisfaction").display("5")).isEqualTo("5 分 · 非常满意");
    assertThat(question(business, "overallSatisfaction").display("GONE")).isEqualTo("GONE");
    assertThat(question(business, "employeeCount").display(new BigDecimal("1E+2"))).isEqualTo("100");
    assertThat(question(business, "employeeCount").display(120)).isEqualTo("120");
    assertThat(question(business, "expectedRecoveryDate").display(TODAY)).isEqualTo("2026-03-16");
    assertThat(question(business, "coordinationMatters").display(null)).isEmpty();
  }

  @Test
  void formValues_preFillFromTypedAnswersAndFromRefusedPosts() {
    Question difficulties = question(business, "mainDifficulties");
    assertThat(difficulties.chosen(List.of("LAND", "POWER"), "POWER")).isTrue();
    assertThat(difficulties.chosen(null, "POWER")).isFalse();
    assertThat(question(business, "employeeCount").formValue(new BigDecimal("120"))).isEqualTo("120");
    assertThat(question(business, "employeeCount").formValue(List.of("12.5"))).isEqualTo("12.5");
    assertThat(question(business, "expectedRecoveryDate").formValue(TODAY)).isEqualTo("2026-03-16");
    assertThat(question(business, "coordinationMatters").formValue(null)).isEmpty();
  }

  @Test
  void brokenForms_areRefusedOnTheFieldForm() {
    assertThat(formRefusals("{not json")).containsExactly("survey.form.unreadable");
    assertThat(formRefusals("[]")).containsExactly("survey.form.unreadable");
    assertThat(formRefusals("")).containsExactly("survey.form.unreadable");
    assertThat(formRefusals("{\"id\": \"a\", \"id\": \"b\", \"components\": []}"))
        .containsExactly("survey.form.unreadable");
    assertThat(formRefusals("{\"id\": \"has space\", \"components\": []}"))
        .containsExactly("survey.form.badId", "survey.form.noQuestions");
    assertThat(formRefusals(form("""
        {"type": "textfield", "id": "Field_A", "key": "name", "label": "名称"},
        {"type": "textarea", "id": "Field_B", "key": "name", "label": "名称"}
        """))).containsExactly("survey.form.duplicateKey");
    assertThat(formRefusals(form("""
        {"type": "filepicker", "id": "Field_File", "key": "file", "label": "附件"},
        {"type": "checkbox", "id": "Field_Agree", "key": "agree", "label": "同意"},
        {"type": "html", "id": "Html_1", "content": "<b>x</b>"},
        {"type": "textfield", "id": "Field_Name", "key": "name", "label": "名称"}
        """))).containsExactly("survey.form.unsupportedType", "survey.form.unsupportedType",
        "survey.form.unsupportedType");
  }

  @Test
  void brokenQuestions_areRefusedEachWithItsReason() {
    assertThat(formRefusals(form("""
        {"type": "radio", "id": "Field_A", "key": "a", "label": "甲"},
        {"type": "checklist", "id": "Field_B", "key": "b", "label": "乙", "values": []},
        {"type": "select", "id": "Field_C", "key": "c", "label": "丙", "valuesKey": "options"},
        {"type": "radio", "id": "Field_D", "key": "d", "label": "丁",
         "values": [{"label": "是", "value": "Y"}, {"label": "也是", "value": "Y"}]},
        {"type": "radio", "id": "Field_E", "key": "e", "label": "戊", "values": [{"label": "", "value": "Y"}]}
        """))).containsExactly("survey.form.noValues", "survey.form.noValues", "survey.form.dynamicValues",
        "survey.form.badValue", "survey.form.badValue");
    assertThat(formRefusals(form("""
        {"type": "textfield", "id": "Field_A", "key": "1st", "label": "甲"},
        {"type": "textfield", "id": "Field_B", "label": "乙"},
        {"type": "textfield", "id": "Field_C", "key": "c", "label": " "},
        {"type": "datetime", "id": "Field_D", "key": "d", "subtype": "datetime", "dateLabel": "丁"},
        {"type": "textfield", "id": "Field_E", "key": "e", "label": "戊", "conditional": {"hide": "=a = 1"}},
        {"type": "textfield", "id": "Field_F", "key": "f", "label": "己", "readonly": true}
        """))).containsExactly("survey.form.badKey", "survey.form.badKey", "survey.form.noLabel",
        "survey.form.unsupportedSubtype", "survey.form.conditional", "survey.form.notAnswerable");
    assertThat(formRefusals(form("""
        {"type": "textfield", "id": "Field_A", "key": "a", "label": "甲", "validate": {"pattern": "(unclosed"}},
        {"type": "textfield", "id": "Field_B", "key": "b", "label": "乙", "validate": {"validationType": "email"}},
        {"type": "number", "id": "Field_C", "key": "c", "label": "丙", "validate": {"min": 5, "max": 1}},
        {"type": "number", "id": "Field_D", "key": "d", "label": "丁", "decimalDigits": -1},
        {"type": "textarea", "id": "Field_E", "key": "e", "label": "戊", "validate": {"maxLength": "many"}},
        {"type": "group", "id": "Group_F", "label": "己", "path": "nested", "components": []}
        """))).containsExactly("survey.form.badPattern", "survey.form.badRule", "survey.form.badRule",
        "survey.form.badRule", "survey.form.badRule", "survey.form.groupPath");
  }

  @Test
  void parse_refusesNullAndHugeForms() {
    assertThatThrownBy(() -> SurveyForm.parse(null)).isInstanceOf(InvalidInput.class);
    assertThatThrownBy(() -> SurveyForm.parse(" ".repeat(500_001))).isInstanceOf(InvalidInput.class);
  }

  @Test
  void everyMessage_isWordedInEnglishAndChinese() throws IOException {
    Properties english = properties("messages-survey.properties");
    Properties chinese = properties("messages-survey_zh.properties");
    assertThat(chinese.stringPropertyNames()).isEqualTo(english.stringPropertyNames());

    ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
    messages.setBasenames("messages", "messages-survey");
    messages.setDefaultEncoding("UTF-8");
    messages.setFallbackToSystemLocale(false);
    InvalidInput refused = catchThrowableOfType(InvalidInput.class,
        () -> business.validate(Map.of("employeeCount", List.of("-3"))));
    FieldViolation range = refused.violations().stream().filter(v -> v.field().equals("employeeCount")).findFirst()
        .orElseThrow();
    assertThat(messages.getMessage(range.code(), range.args(), Locale.SIMPLIFIED_CHINESE))
        .isEqualTo("须在 0 到 1000000 之间");
    assertThat(messages.getMessage("survey.form.duplicateKey", new Object[] {"name"}, Locale.ENGLISH))
        .isEqualTo("uses the key 'name' twice");
  }

  private static Map<String, List<String>> completeBusinessAnswers() {
    Map<String, List<String>> posted = new LinkedHashMap<>();
    posted.put("revenueChange", List.of("FLAT"));
    posted.put("mainDifficulties", List.of("POWER"));
    posted.put("employeeCount", List.of("120"));
    posted.put("overallSatisfaction", List.of("4"));
    posted.put("coordinationNeeded", List.of("NEEDED"));
    posted.put("coordinationMatters", List.of("变压器增容"));
    posted.put("expectedRecoveryDate", List.of("2026-06-30"));
    return posted;
  }

  /** The code the one answer {@code value} to {@code key} gets, the form's other questions answered well. */
  private String refusal(SurveyForm form, String key, String value) {
    Map<String, List<String>> posted = new HashMap<>(form == business ? completeBusinessAnswers()
        : form == offPeak
            ? Map.of("offPeakWillingness", List.of("WILLING"), "powerContactPhone", List.of("13800000000"))
            : Map.of());
    posted.put(key, List.of(value));
    Map<String, String> refusals = refusals(form, posted);
    assertThat(refusals).containsOnlyKeys(key);
    return refusals.get(key);
  }

  private static Map<String, String> refusals(SurveyForm form, Map<String, List<String>> posted) {
    return codes(catchThrowableOfType(InvalidInput.class, () -> form.validate(posted)));
  }

  private static Map<String, String> codes(InvalidInput refused) {
    assertThat(refused).as("refused").isNotNull();
    return refused.violations().stream().collect(Collectors.toMap(FieldViolation::field, FieldViolation::code,
        (a, b) -> a + "," + b, LinkedHashMap::new));
  }

  private static List<String> formRefusals(String json) {
    InvalidInput refused = catchThrowableOfType(InvalidInput.class, () -> SurveyForm.parse(json));
    assertThat(refused).as("refused").isNotNull();
    assertThat(refused.violations()).extracting(FieldViolation::field).containsOnly(SurveyForm.FIELD);
    return refused.violations().stream().map(FieldViolation::code).toList();
  }

  private static String form(String components) {
    return """
        {"id": "some-survey", "type": "default", "schemaVersion": 16, "components": [%s]}
        """.formatted(components);
  }

  private static Question question(SurveyForm form, String key) {
    return form.question(key).orElseThrow();
  }

  private static Properties properties(String name) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = SurveyFormTest.class.getResourceAsStream("/" + name)) {
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }
}
