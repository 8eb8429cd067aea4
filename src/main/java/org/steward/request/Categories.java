package org.steward.request;

import java.sql.Timestamp;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import lombok.RequiredArgsConstructor;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steward.shared.StewardClock;
import org.steward.shared.StewardException;
import org.steward.shared.Violations;

/**
 * The request categories (诉求类别), in the order enterprises see them. Administrators add one over the API; the
 * routing table routes a category without its own row by its fallback row until a designer adds one.
 */
@Service
@RequiredArgsConstructor
public class Categories {

  /** A code: lower-case letters, digits and hyphens, starting with a letter, 2 to 20 characters. */
  static final Pattern CODE = Pattern.compile("[a-z][a-z0-9-]{1,19}");
  static final int MAX_LABEL = 20;

  private final JdbcClient jdbc;

  /** Every category, in order. */
  @Transactional(readOnly = true)
  public List<Category> all() {
    return jdbc.sql("select code, label from request_category order by position, code")
        .query((rs, n) -> new Category(rs.getString("code"), rs.getString("label"))).list();
  }

  /** The category with this code, if there is one. */
  @Transactional(readOnly = true)
  public Optional<Category> byCode(String code) {
    return jdbc.sql("select code, label from request_category where code = :code").param("code", code)
        .query((rs, n) -> new Category(rs.getString("code"), rs.getString("label"))).optional();
  }

  /** Every category's label by its code, in order: for lists that label many rows with one query. */
  @Transactional(readOnly = true)
  public Map<String, String> labels() {
    Map<String, String> labels = new LinkedHashMap<>();
    all().forEach(category -> labels.put(category.code(), category.label()));
    return labels;
  }

  /**
   * Adds a category at the end of the list.
   *
   * @throws org.steward.shared.InvalidInput naming {@code code} (lower-case letters, digits, hyphens) or {@code label}
   *     (one line of at most 20 characters)
   * @throws StewardException 409 {@code category-exists} when the code or the label is taken
   */
  @Transactional
  public Category add(String code, String label, String byUser) {
    Violations violations = new Violations();
    String cleanCode = code == null ? "" : code.strip();
    if (!CODE.matcher(cleanCode).matches()) {
      violations.add("code", "request.category.code");
    }
    String cleanLabel = violations.line("label", label, MAX_LABEL);
    violations.throwIfAny();
    try {
      jdbc.sql("""
          insert into request_category (code, label, position, added_by, added_at)
          values (:code, :label, (select coalesce(max(position), 0) + 1 from request_category), :by, :now)""")
          .param("code", cleanCode).param("label", cleanLabel).param("by", byUser)
          .param("now", Timestamp.from(StewardClock.now())).update();
    } catch (DuplicateKeyException taken) {
      // the table's keys decide, so two administrators adding the same category at once get one 409
      throw new StewardException(HttpStatus.CONFLICT, "category-exists", cleanCode, cleanLabel);
    }
    return new Category(cleanCode, cleanLabel);
  }
}
