package org.steward.directory;

import java.util.List;
import java.util.Set;

import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The enterprises a {@link TargetRule} matches, in one statement over the directory's tables. */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class TargetMatching {

  /** Stands for an empty list in {@code in (…)}, which SQL does not allow; matches no stored value. */
  private static final String NONE = "";

  private final JdbcClient jdbc;

  /** A matching enterprise, and whether it is a key enterprise (重点企业). */
  public record Match(long enterpriseId, boolean key) {
  }

  /** The matching enterprises, by ascending id. */
  public List<Match> matching(TargetRule rule) {
    return matching(rule, null, 0, Integer.MAX_VALUE);
  }

  /** At most {@code limit} matching enterprises whose id is above {@code afterId}, by ascending id: one page. */
  public List<Match> matchingAfter(TargetRule rule, long afterId, int limit) {
    return matching(rule, null, afterId, limit);
  }

  /** Whether the rule matches enterprise {@code enterpriseId} now. */
  public boolean matches(TargetRule rule, long enterpriseId) {
    return !matching(rule, enterpriseId, 0, 1).isEmpty();
  }

  private List<Match> matching(TargetRule rule, Long only, long afterId, int limit) {
    return jdbc.sql("""
            select e.id, e.key_enterprise from directory_enterprise e
            where (:anyEnterprise or e.id = :only) and e.id > :after and ((:criteria
                   and (:anyIndustry or e.industry in (:industries))
                   and (:anyArea or e.area in (:areas))
                   and (:anyTag or exists (select 1 from directory_enterprise_tag t
                                           where t.enterprise_id = e.id and t.tag in (:tags)))
                   and (not :keyOnly or e.key_enterprise))
               or e.id in (:ids))
            order by e.id
            fetch first :limit rows only""")
        .param("anyEnterprise", only == null).param("only", only == null ? -1L : only)
        .param("after", afterId).param("limit", limit)
        .param("criteria", rule.hasCriterion())
        .param("anyIndustry", rule.industries().isEmpty()).param("industries", values(rule.industries()))
        .param("anyArea", rule.areas().isEmpty()).param("areas", values(rule.areas()))
        .param("anyTag", rule.tags().isEmpty()).param("tags", values(rule.tags()))
        .param("keyOnly", rule.keyOnly())
        .param("ids", rule.enterpriseIds().isEmpty() ? List.of(-1L) : List.copyOf(rule.enterpriseIds()))
        .query((rs, n) -> new Match(rs.getLong("id"), rs.getBoolean("key_enterprise"))).list();
  }

  private static List<String> values(Set<String> values) {
    return values.isEmpty() ? List.of(NONE) : List.copyOf(values);
  }
}
