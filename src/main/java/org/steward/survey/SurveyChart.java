package org.steward.survey;

import java.util.List;
import java.util.Locale;

import org.steward.survey.SurveyResults.OptionCount;
import org.steward.survey.SurveyResults.QuestionResult;

/**
 * A counted question as a horizontal bar chart in a standalone SVG document: one bar per option, in the form's order,
 * each as long as its share of the question's respondents and labelled with the option and "count（percent）". The
 * text stays text, so that the viewer's fonts draw the Chinese (no server-side fonts needed).
 */
public final class SurveyChart {

  static final String FONTS = "'Noto Sans CJK SC', 'PingFang SC', 'Microsoft YaHei', sans-serif";
  private static final int WIDTH = 640;
  private static final int MARGIN = 16;
  private static final int TOP = 64;
  private static final int ROW = 44;
  // room after the longest bar for its "count（percent）"
  private static final int BAR_MAX = WIDTH - 2 * MARGIN - 112;

  private SurveyChart() {
  }

  /** The chart of a counted question; a free question has nothing to draw (IllegalArgumentException). */
  public static String svg(QuestionResult q) {
    if (!q.counted()) {
      throw new IllegalArgumentException("question " + q.key() + " is not counted: no chart");
    }
    List<OptionCount> options = q.options();
    int height = TOP + options.size() * ROW + MARGIN;
    String summary = "共 " + q.answered() + " 家企业作答";
    StringBuilder svg = new StringBuilder(512 + options.size() * 400)
        .append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        .append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(WIDTH).append("\" height=\"")
        .append(height).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
        .append("\" role=\"img\" aria-labelledby=\"title desc\" font-family=\"").append(FONTS).append("\">\n")
        .append("<title id=\"title\">").append(escape(q.label())).append("</title>\n")
        .append("<desc id=\"desc\">").append(summary).append("</desc>\n")
        .append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n")
        .append(text(MARGIN, 28, 16, "#222222", "bold", q.label()))
        .append(text(MARGIN, 48, 12, "#666666", null, summary));
    for (int i = 0; i < options.size(); i++) {
      OptionCount option = options.get(i);
      double share = option.percent(q.answered());
      int y = TOP + i * ROW;
      int bar = (int) Math.round(Math.min(share, 1) * BAR_MAX);
      String figure = figure(option.count(), share);
      svg.append("<g>\n<title>").append(escape(option.label() + "：" + figure)).append("</title>\n")
          .append(text(MARGIN, y + 14, 13, "#333333", null, option.label()))
          .append("<rect x=\"").append(MARGIN).append("\" y=\"").append(y + 20).append("\" width=\"")
          .append(bar).append("\" height=\"16\" rx=\"2\" fill=\"#3b7dd8\"/>\n")
          .append(text(MARGIN + bar + 6, y + 33, 12, "#333333", null, figure))
          .append("</g>\n");
    }
    return svg.append("</svg>\n").toString();
  }

  /** "12（40.0%）": the count and its share of the respondents. */
  static String figure(int count, double share) {
    return count + "（" + String.format(Locale.ROOT, "%.1f", share * 100) + "%）";
  }

  private static String text(int x, int y, int size, String fill, String weight, String content) {
    return "<text x=\"" + x + "\" y=\"" + y + "\" font-size=\"" + size + "\" fill=\"" + fill + "\""
        + (weight == null ? "" : " font-weight=\"" + weight + "\"") + ">" + escape(content) + "</text>\n";
  }

  /** Text for XML content and attributes: markup characters escaped, characters XML 1.0 forbids left out. */
  static String escape(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder escaped = new StringBuilder(text.length() + 16);
    text.codePoints().forEach(c -> {
      switch (c) {
        case '&' -> escaped.append("&amp;");
        case '<' -> escaped.append("&lt;");
        case '>' -> escaped.append("&gt;");
        case '"' -> escaped.append("&quot;");
        case '\'' -> escaped.append("&apos;");
        default -> {
          if (c == 0x9 || c == 0xA || c == 0xD || c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD
              || c >= 0x10000) {
            escaped.appendCodePoint(c);
          }
        }
      }
    });
    return escaped.toString();
  }
}
