package org.steward.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;

import org.apache.ibatis.mapping.BoundSql;
import org.apache.ibatis.mapping.ParameterMapping;
import org.apache.ibatis.session.Configuration;
import org.junit.jupiter.api.Test;

/** The caller's own tasks read by their ids first (the statements as PostgreSQL runs them: {@code TasklistQueryIT}). */
class OwnTasksRewriteTests {

  private static final Configuration CONFIGURATION = new Configuration();
  private static final String LINKS = " left join ACT_RU_IDENTITYLINK I on I.TASK_ID_ = RES.ID_";
  private static final String SELECT = "SELECT COUNT(*) FROM (SELECT DISTINCT RES.ID_ from ACT_RU_TASK RES" + LINKS
      + " WHERE ( 1 = 1 and RES.SUSPENSION_STATE_ = 1 )\n";
  /** Camunda's or of 我的待办, as it writes it (line breaks and runs of blanks included). */
  private static final String MINE = "        and (\n          1 = 1 and\n              RES.ASSIGNEE_ = ?\n"
      + "              or\n              (\n                  RES.ASSIGNEE_ is null\n"
      + "                and I.TYPE_ = 'candidate'\n                  and\n                  (\n"
      + "                    I.USER_ID_ = ?\n                    or\n                    I.GROUP_ID_ IN\n"
      + "                    (  ?\n , ?\n )\n                  )\n              )\n        )";
  private static final String REST = "\n and ( 1 = 1 and UPPER(RES.NAME_) like UPPER(?) ESCAPE '\\' )"
      + " and (RES.TENANT_ID_ is null ) ) countDistinct";

  @Test
  void theOrOfMyTasks_isCheckedOnTheTasksOfMyIds_withoutTheLinks_whenTheyAreJoinedForItAlone() {
    BoundSql bound = bound(SELECT + MINE + REST, "me", "meAsCandidate", "group1", "group2", "name");

    BoundSql rewritten = OwnTasksRewrite.rewrite(CONFIGURATION, bound).orElseThrow();

    assertThat(rewritten.getSql()).isEqualTo(SELECT.replace(LINKS, "").replace("SELECT DISTINCT", "select")
        + "        and (RES.ASSIGNEE_ = ? or RES.ASSIGNEE_ is null)"
        + " and RES.ID_ = any(array(select T.ID_ from ACT_RU_TASK T where T.ASSIGNEE_ = ? union select L.TASK_ID_"
        + " from ACT_RU_IDENTITYLINK L where L.TYPE_ = 'candidate' and L.USER_ID_ = ? union select L.TASK_ID_ from"
        + " ACT_RU_IDENTITYLINK L where L.TYPE_ = 'candidate' and L.GROUP_ID_ IN ( ? , ? )))"
        + REST);
    assertThat(rewritten.getParameterMappings()).extracting(ParameterMapping::getProperty).containsExactly(
        "me", "me", "meAsCandidate", "group1", "group2", "name");
    assertThat(TasklistQueryPlugin.placeholders(rewritten.getSql())).isEqualTo(6);
  }

  @Test
  void withoutTheLinks_aTaskJoinedOnlyToItsDefinitionAndItsGrants_isSelectedWithoutDistinct() {
    String grants = "with STEWARD_GRANTS as (SELECT A.* FROM ACT_RU_AUTHORIZATION A WHERE A.USER_ID_ = ?) ";
    String joins = " left join ACT_RE_PROCDEF D on RES.PROC_DEF_ID_ = D.ID_ left join (select '*' as RESOURCE_ID_)"
        + " AUTH on (RES.ID_ in (select RESOURCE_ID_ from STEWARD_GRANTS) or D.KEY_ in (select RESOURCE_ID_ from"
        + " STEWARD_GRANTS) or exists (select 1 from STEWARD_GRANTS where RESOURCE_ID_ = '*'))\n";
    String page = grants + "select distinct RES.ID_, RES.DUE_DATE_ from ACT_RU_TASK RES" + LINKS + joins
        + " WHERE ( 1 = 1 ) " + MINE + " and (AUTH.RESOURCE_ID_ IS NOT NULL) order by RES.DUE_DATE_ asc"
        + " LIMIT ? OFFSET ?";

    String rewritten = OwnTasksRewrite.rewrite(CONFIGURATION,
        bound(page, "grantee", "me", "meAsCandidate", "group1", "group2", "limit", "offset")).orElseThrow().getSql();

    assertThat(rewritten).startsWith(grants + "select RES.ID_, RES.DUE_DATE_ from ACT_RU_TASK RES" + joins)
        .contains("RES.ID_ = any(array(select T.ID_").doesNotContain("distinct");
    String variableJoin = " left join ACT_RU_VARIABLE V on V.TASK_ID_ = RES.ID_";
    assertThat(OwnTasksRewrite.rewrite(CONFIGURATION, bound(page.replace(joins, joins + variableJoin), "grantee",
        "me", "meAsCandidate", "group1", "group2", "limit", "offset")).orElseThrow().getSql())
        .as("a join that may repeat a task keeps the distinct").contains("select distinct RES.ID_");
  }

  @Test
  void whereTheLinksServeAnotherCriterion_theOrStays_andIsGivenTheIdsOfMyTasks() {
    String otherLinks = "\n and ( 1 = 1 and I.TYPE_ = 'candidate' and I.GROUP_ID_ = ? )";
    BoundSql bound = bound(SELECT + MINE + otherLinks + REST, "me", "meAsCandidate", "group1", "group2", "other",
        "name");

    BoundSql rewritten = OwnTasksRewrite.rewrite(CONFIGURATION, bound).orElseThrow();

    assertThat(rewritten.getSql()).isEqualTo(SELECT + MINE
        + " and RES.ID_ = any(array(select T.ID_ from ACT_RU_TASK T where T.ASSIGNEE_ = ? union select L.TASK_ID_"
        + " from ACT_RU_IDENTITYLINK L where L.TYPE_ = 'candidate' and L.USER_ID_ = ? union select L.TASK_ID_ from"
        + " ACT_RU_IDENTITYLINK L where L.TYPE_ = 'candidate' and L.GROUP_ID_ IN ( ? , ? )))"
        + otherLinks + REST);
    assertThat(rewritten.getParameterMappings()).extracting(ParameterMapping::getProperty).containsExactly(
        "me", "meAsCandidate", "group1", "group2", "me", "meAsCandidate", "group1", "group2", "other", "name");
  }

  @Test
  void aCallerWithoutGroups_orGroupsWithoutTheCaller_orAssignedTasksIncluded_areTheSameOr() {
    String userOnly = "and ( 1 = 1 and RES.ASSIGNEE_ = ? or ( RES.ASSIGNEE_ is null and I.TYPE_ = 'candidate'"
        + " and ( I.USER_ID_ = ? ) ) )";
    assertThat(OwnTasksRewrite.rewrite(CONFIGURATION, bound(SELECT + userOnly + REST, "me", "me", "name"))
        .orElseThrow().getSql()).contains("and (RES.ASSIGNEE_ = ? or RES.ASSIGNEE_ is null) and RES.ID_ = any(array("
            + "select T.ID_ from ACT_RU_TASK T where T.ASSIGNEE_ = ? union select L.TASK_ID_ from ACT_RU_IDENTITYLINK L"
            + " where L.TYPE_ = 'candidate' and L.USER_ID_ = ?))");
    // with assigned tasks included, every task of the ids is one the or keeps
    String groupsOnly = "and ( 1 = 1 and RES.ASSIGNEE_ = ? or ( I.TYPE_ = 'candidate' and ( I.GROUP_ID_ IN (?) ) ) )";
    BoundSql rewritten = OwnTasksRewrite.rewrite(CONFIGURATION, bound(SELECT + groupsOnly + REST, "me", "group",
        "name")).orElseThrow();
    assertThat(rewritten.getSql()).contains("and 1 = 1 and RES.ID_ = any(array(select T.ID_")
        .contains("where L.TYPE_ = 'candidate' and L.GROUP_ID_ IN (?)))").doesNotContain("I.");
    assertThat(rewritten.getParameterMappings()).extracting(ParameterMapping::getProperty)
        .containsExactly("me", "group", "name");
  }

  @Test
  void eachOrOfMyTasks_isGivenItsOwnIds_andTheTablePrefixIsKept() {
    String sql = "select distinct RES.* from ENGINE.ACT_RU_TASK RES left join ENGINE.ACT_RU_IDENTITYLINK I on"
        + " I.TASK_ID_ = RES.ID_ WHERE ( 1 = 1 ) " + MINE + " and ( 1 = 1 and RES.NAME_ = ? ) " + MINE;
    BoundSql bound = bound(sql, "me", "meAsCandidate", "group1", "group2", "name", "you", "you", "g3", "g4");

    BoundSql rewritten = OwnTasksRewrite.rewrite(CONFIGURATION, bound).orElseThrow();

    assertThat(rewritten.getSql().split("RES.ID_ = any\\(array\\(select T.ID_ from ENGINE.ACT_RU_TASK T", -1))
        .hasSize(3);
    assertThat(rewritten.getSql()).contains("from ENGINE.ACT_RU_IDENTITYLINK L").doesNotContain(" I ");
    assertThat(rewritten.getParameterMappings()).extracting(ParameterMapping::getProperty).containsExactly(
        "me", "me", "meAsCandidate", "group1", "group2", "name",
        "you", "you", "you", "g3", "g4");
  }

  @Test
  void anOrWithOtherCriteria_anAndOfTheSame_orParametersThatDoNotAddUp_runAsWritten() {
    String withName = MINE.substring(0, MINE.lastIndexOf(')')) + "  or UPPER(RES.NAME_) = UPPER(?) )";
    assertThat(OwnTasksRewrite.rewrite(CONFIGURATION,
        bound(SELECT + withName + REST, "me", "me", "g1", "g2", "name", "name"))).isEmpty();
    String and = "and ( 1 = 1 and RES.ASSIGNEE_ = ? and ( RES.ASSIGNEE_ is null and I.TYPE_ = 'candidate'"
        + " and ( I.USER_ID_ = ? ) ) )";
    assertThat(OwnTasksRewrite.rewrite(CONFIGURATION, bound(SELECT + and + REST, "me", "me", "name"))).isEmpty();
    assertThat(OwnTasksRewrite.rewrite(CONFIGURATION, bound(SELECT + MINE + REST, "me", "me", "g1", "name")))
        .isEmpty();
    assertThat(OwnTasksRewrite.rewrite(CONFIGURATION,
        bound(SELECT.replace("ACT_RU_TASK RES", "ACT_HI_TASKINST RES") + MINE + REST, "me", "me", "g1", "g2", "n")))
        .isEmpty();
  }

  private static BoundSql bound(String sql, String... properties) {
    List<ParameterMapping> mappings = Stream.of(properties)
        .map(property -> new ParameterMapping.Builder(CONFIGURATION, property, Object.class).build()).toList();
    return new BoundSql(CONFIGURATION, sql, mappings, null);
  }
}
