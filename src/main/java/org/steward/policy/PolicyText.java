package org.steward.policy;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;

/**
 * A policy's body, written in Markdown, as HTML that is safe to show: raw HTML in the text is escaped by the renderer,
 * and what it renders is cleaned to headings, paragraphs, lists, emphasis, tables, quotes and links (http, https and
 * mailto only, opened without the portal as referrer).
 */
final class PolicyText {

  private static final Parser PARSER = Parser.builder().build();
  private static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();
  private static final Safelist SAFE = Safelist.relaxed().removeTags("img").removeProtocols("a", "href", "ftp")
      .addEnforcedAttribute("a", "rel", "noopener noreferrer nofollow");

  private PolicyText() {
  }

  /** The HTML of {@code markdown}, safe to insert into a page. */
  static String html(String markdown) {
    return Jsoup.clean(RENDERER.render(PARSER.parse(markdown == null ? "" : markdown)), SAFE);
  }
}
