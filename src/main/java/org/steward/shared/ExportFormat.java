package org.steward.shared;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import lombok.RequiredArgsConstructor;
/** The file formats of Steward's downloads: an Excel workbook or UTF-8 CSV (with a byte-order mark, for Excel). */
@RequiredArgsConstructor
public enum ExportFormat {
  XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
  CSV("csv", "text/csv;charset=UTF-8");

  private final String extension;
  private final String contentType;

  /** {@code xlsx} or {@code csv} (any case); a violation on {@code field} otherwise, and null. */
  public static ExportFormat parse(Violations violations, String field, String value) {
    if (value != null) {
      for (ExportFormat format : values()) {
        if (format.extension.equals(value.strip().toLowerCase(Locale.ROOT))) {
          return format;
        }
      }
    }
    violations.add(field, "export.format.unknown");
    return null;
  }

  public String contentType() {
    return contentType;
  }

  /**
   * An attachment named {@code title.<extension>} (Chinese, RFC 5987 {@code filename*}) with {@code fallback} as the
   * plain ASCII name for clients that do not read {@code filename*}.
   */
  public String contentDisposition(String title, String fallback) {
    String encoded = URLEncoder.encode(title + "." + extension, StandardCharsets.UTF_8).replace("+", "%20");
    return "attachment; filename=\"" + fallback + "." + extension + "\"; filename*=UTF-8''" + encoded;
  }
}
