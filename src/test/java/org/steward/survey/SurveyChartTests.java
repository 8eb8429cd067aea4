package org.steward.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.steward.survey.SurveyResults.OptionCount;
import org.steward.survey.SurveyResults.QuestionResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** A counted question's bar chart, read back as XML. */
class SurveyChartTests {

  @Test
  void chart_isAnAccessibleSvg_oneLabelledBarPerOption_inTheFormsOrder() throws Exception {
    String svg = SurveyChart.svg(SurveyFixtures.SATISFACTION);
    Element root = parse(svg).getDocumentElement();

    assertThat(root.getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
    assertThat(root.getAttribute("role")).isEqualTo("img");
    assertThat(root.getAttribute("width")).isEqualTo("640");
    assertThat(root.getAttribute("font-family")).contains("Noto Sans CJK SC", "Microsoft YaHei", "sans-serif");
    assertThat(child(root, "title")).isEqualTo("对营商环境是否满意");
    assertThat(child(root, "desc")).isEqualTo("共 30 家企业作答");
    assertThat(texts(root)).containsSubsequence("非常满意", "12（40.0%）", "基本满意", "15（50.0%）", "不满意",
        "3（10.0%）");
    List<Integer> bars = barWidths(root);
    assertThat(bars).hasSize(3);
    assertThat(bars.get(1)).as("the longest share, the longest bar").isGreaterThan(bars.get(0))
        .isGreaterThan(bars.get(2));
    assertThat((double) bars.get(0) / bars.get(2)).as("12 against 3").isCloseTo(4.0, offset(0.05));
  }

  @Test
  void heightGrowsWithTheOptions() throws Exception {
    int three = Integer.parseInt(parse(SurveyChart.svg(SurveyFixtures.SATISFACTION)).getDocumentElement()
        .getAttribute("height"));
    QuestionResult five = new QuestionResult("q", "题", true, 5, List.of(new OptionCount("a", "A", 1),
        new OptionCount("b", "B", 1), new OptionCount("c", "C", 1), new OptionCount("d", "D", 1),
        new OptionCount("e", "E", 1)));
    int fiveHigh = Integer.parseInt(parse(SurveyChart.svg(five)).getDocumentElement().getAttribute("height"));

    assertThat(fiveHigh).isGreaterThan(three);
  }

  @Test
  void labelsFromTheFormDesigner_areEscaped() throws Exception {
    QuestionResult q = new QuestionResult("q", "A & B <b>\"题\"</b>", true, 2,
        List.of(new OptionCount("x", "<script>alert('x')</script>", 1), new OptionCount("y", "y]]>\u0000", 1)));
    String svg = SurveyChart.svg(q);

    assertThat(svg).doesNotContain("<script>", "<b>").contains("&lt;script&gt;alert(&apos;x&apos;)&lt;/script&gt;");
    Element root = parse(svg).getDocumentElement();
    assertThat(root.getElementsByTagName("script").getLength()).isZero();
    assertThat(child(root, "title")).isEqualTo("A & B <b>\"题\"</b>");
    assertThat(texts(root)).contains("<script>alert('x')</script>", "y]]>");
  }

  @Test
  void noAnswers_zeroBarsAndZeroPercent() throws Exception {
    QuestionResult q = new QuestionResult("q", "尚无人作答", true, 0,
        List.of(new OptionCount("a", "是", 0), new OptionCount("b", "否", 0)));
    Element root = parse(SurveyChart.svg(q)).getDocumentElement();

    assertThat(texts(root)).contains("0（0.0%）").doesNotContain("NaN");
    assertThat(barWidths(root)).containsExactly(0, 0);
  }

  @Test
  void freeQuestion_hasNoChart() {
    assertThatThrownBy(() -> SurveyChart.svg(SurveyFixtures.SUGGESTION))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static Document parse(String svg) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
  }

  private static String child(Element root, String tag) {
    return root.getElementsByTagName(tag).item(0).getTextContent();
  }

  private static List<String> texts(Element root) {
    List<String> texts = new ArrayList<>();
    NodeList nodes = root.getElementsByTagName("text");
    for (int i = 0; i < nodes.getLength(); i++) {
      texts.add(nodes.item(i).getTextContent());
    }
    return texts;
  }

  /** The widths of the bars (the rects inside the options' groups). */
  private static List<Integer> barWidths(Element root) {
    List<Integer> widths = new ArrayList<>();
    NodeList groups = root.getElementsByTagName("g");
    for (int i = 0; i < groups.getLength(); i++) {
      Element bar = (Element) ((Element) groups.item(i)).getElementsByTagName("rect").item(0);
      widths.add(Integer.parseInt(bar.getAttribute("width")));
    }
    return widths;
  }
}
