package org.steward.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;

import org.apache.ibatis.mapping.BoundSql;
import org.apache.ibatis.mapping.ParameterMapping;
import org.apache.ibatis.session.Configuration;
import org.junit.jupiter.api.Test;

/** A group's tasks read by their ids first (the statements as PostgreSQL runs them: {@code TasklistQueryIT}). */
class CandidateTasksRewriteTests {

  private static final Configuration CONFIGURATION = new Configuration();
  private static final String LINKS = " left join ACT_RU_IDENTITYLINK I on I.TASK_ID_ = RES.ID_";
  private static final String PROCDEF = " left join ACT_RE_PROCDEF D on RES.PROC_DEF_ID_ = D.ID_";
  private static final String SELECT = "select distinct RES.* from ACT_RU_TASK RES" + LINKS + PROCDEF
      + " WHERE ( 1 = 1";
  /** Camunda's criterion of 本部门待办 (assigned tasks included), as it writes it. */
  private static final String DEPARTMENT = "\n   and\n   (\n     I.TYPE_ = 'candidate'\n     and\n     (\n"
      + "       I.GROUP_ID_ IN\n       (  ?\n )\n     )\n   )";
  private static final String REST = " and RES.SUSPENSION_STATE_ = 1 ) and (RES.TENANT_ID_ is null )"
      + " order by RES.DUE_DATE_ asc LIMIT ? OFFSET ?";

  @Test
  void aGroupsQueue_readsTheIdsOfItsLinkedTasks_withoutTheLinksAndTheDistinct() {
    BoundSql bound = bound(SELECT + DEPARTMENT + REST, "group", "limit", "offset");

    BoundSql rewritten = CandidateTasksRewrite.rewrite(CONFIGURATION, bound).orElseThrow();

    assertThat(rewritten.getSql()).isEqualTo("select RES.* from ACT_RU_TASK RES" + PROCDEF + " WHERE ( 1 = 1\n   "
        + "and (RES.ID_ = any(array(select L.TASK_ID_ from ACT_RU_IDENTITYLINK L where L.TYPE_ = 'candidate'"
        + " and L.GROUP_ID_ IN ( ? ))))" + REST);
    assertThat(rewritten.getParameterMappings()).extracting(ParameterMapping::getProperty)
        .containsExactly("group", "limit", "offset");
  }

  @Test
  void unclaimedTasksOfAUserOrItsGroups_areReadAsTheLinksOfEach_unclaimedStill() {
    String criterion = " and ( RES.ASSIGNEE_ is null and I.TYPE_ = 'candidate' and ( I.USER_ID_ = ? or"
        + " I.GROUP_ID_ IN ( ?, ? ) ) )";
    String sql = "SELECT COUNT(*) FROM (select distinct RES.ID_ from ENGINE.ACT_RU_TASK RES left join"
        + " ENGINE.ACT_RU_IDENTITYLINK I on I.TASK_ID_ = RES.ID_ WHERE ( 1 = 1" + criterion + " ) ) countDistinct";

    BoundSql rewritten = CandidateTasksRewrite.rewrite(CONFIGURATION, bound(sql, "me", "g1", "g2")).orElseThrow();

    assertThat(rewritten.getSql()).isEqualTo("SELECT COUNT(*) FROM (select RES.ID_ from ENGINE.ACT_RU_TASK RES WHERE"
        + " ( 1 = 1 and (RES.ASSIGNEE_ is null and RES.ID_ = any(array(select L.TASK_ID_ from"
        + " ENGINE.ACT_RU_IDENTITYLINK L where L.TYPE_ = 'candidate' and L.USER_ID_ = ? union select L.TASK_ID_ from"
        + " ENGINE.ACT_RU_IDENTITYLINK L where L.TYPE_ = 'candidate' and L.GROUP_ID_ IN ( ?, ? )))) ) ) countDistinct");
    assertThat(rewritten.getParameterMappings()).extracting(ParameterMapping::getProperty)
        .containsExactly("me", "g1", "g2");
  }

  @Test
  void anotherTableThatCanRepeatATask_keepsTheDistinct() {
    String sql = SELECT.replace(PROCDEF, " left join ACT_RU_VARIABLE V on V.TASK_ID_ = RES.ID_") + DEPARTMENT + REST;

    assertThat(CandidateTasksRewrite.rewrite(CONFIGURATION, bound(sql, "group", "limit", "offset")).orElseThrow()
        .getSql()).startsWith("select distinct RES.*").contains("RES.ID_ = any(array(").doesNotContain(" I ");
  }

  @Test
  void linksReadForMore_twoCriteria_anOrsCriterion_orParametersThatDoNotAddUp_runAsWritten() {
    String involved = " and (I.USER_ID_ = ? or RES.ASSIGNEE_ = ? or RES.OWNER_ = ?)";
    assertThat(CandidateTasksRewrite.rewrite(CONFIGURATION,
        bound(SELECT + DEPARTMENT + involved + REST, "group", "me", "me", "me", "limit", "offset"))).isEmpty();
    assertThat(CandidateTasksRewrite.rewrite(CONFIGURATION,
        bound(SELECT + DEPARTMENT + DEPARTMENT + REST, "group", "group", "limit", "offset"))).isEmpty();
    assertThat(CandidateTasksRewrite.rewrite(CONFIGURATION,
        bound(SELECT + DEPARTMENT.replace("and", "or") + REST, "group", "limit", "offset"))).isEmpty();
    assertThat(CandidateTasksRewrite.rewrite(CONFIGURATION, bound(SELECT + DEPARTMENT + REST, "group", "limit")))
        .isEmpty();
    assertThat(CandidateTasksRewrite.rewrite(CONFIGURATION,
        bound((SELECT + DEPARTMENT + REST).replace("ACT_RU_TASK RES", "ACT_HI_TASKINST RES"), "g", "l", "o")))
        .isEmpty();
  }

  private static BoundSql bound(String sql, String... properties) {
    List<ParameterMapping> mappings = Stream.of(properties)
        .map(property -> new ParameterMapping.Builder(CONFIGURATION, property, Object.class).build()).toList();
    return new BoundSql(CONFIGURATION, sql, mappings, null);
  }
}
