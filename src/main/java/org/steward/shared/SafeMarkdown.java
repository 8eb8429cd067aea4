package org.steward.shared;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;

/**
 * Text written in Markdown (a policy's body, a survey form's intro) as HTML that is safe to show: raw HTML in the
 * text is escaped by the renderer, and what it renders is cleaned to headings, paragraphs, lists, emphasis, tables,
 * quotes and links (http, https and mailto only, opened without the portal as referrer).
 */
public final class SafeMarkdown {

  private static final Parser PARSER = Parser.builder().build();
  private static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();
  private static final Safelist SAFE = Safelist.relaxed().removeTags("img").removeProtocols("a", "href", "ftp")
      .addEnforcedAttribute("a", "rel", "noopener noreferrer nofollow");

  private SafeMarkdown() {
  }

  /** The HTML of {@code markdown}, safe to insert into a page. */
  public static String html(String markdown) {
    return Jsoup.clean(RENDERER.render(PARSER.parse(markdown == null ? "" : markdown)), SAFE);
  }
}
