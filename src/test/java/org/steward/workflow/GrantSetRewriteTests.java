package org.steward.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;

import org.apache.ibatis.mapping.BoundSql;
import org.apache.ibatis.mapping.ParameterMapping;
import org.apache.ibatis.session.Configuration;
import org.junit.jupiter.api.Test;

/** The rewrite of Camunda's grant join (the statement as PostgreSQL runs it: {@code TasklistQueryIT}). */
class GrantSetRewriteTests {

  private static final Configuration CONFIGURATION = new Configuration();
  private static final String GRANTS = "SELECT A.* FROM ACT_RU_AUTHORIZATION A WHERE A.TYPE_ < 2"
      + " AND ( A.USER_ID_ in ( ?, '*') OR A.GROUP_ID_ IN ( ? ) )"
      + " AND ( ( A.RESOURCE_TYPE_ = ? AND A.PERMS_ & ? = ? ) )";

  @Test
  void theGrantsAreReadOnceAhead_andTheirParametersMoveWithThem() {
    String where = " WHERE UPPER(RES.NAME_) like UPPER(?) ESCAPE '\\' and (AUTH.RESOURCE_ID_ IS NOT NULL)"
        + " LIMIT ? OFFSET ?";
    String sql = "select distinct RES.ID_ from ACT_RU_TASK RES left join ACT_RU_IDENTITYLINK I on I.TASK_ID_ = ?"
        + " left join ACT_RE_PROCDEF D on RES.PROC_DEF_ID_ = D.ID_\n     left join \n    (\n    " + GRANTS
        + "\n    )\n        AUTH ON (AUTH.RESOURCE_ID_ IN ( RES.ID_ , D.KEY_ , '*' ))" + where;
    BoundSql bound = bound(sql, "identity", "user", "group", "type", "perms", "permsAgain", "name", "limit", "offset");

    BoundSql rewritten = GrantSetRewrite.rewrite(CONFIGURATION, bound).orElseThrow();

    String perms = " AND ( ( A.RESOURCE_TYPE_ = ? AND A.PERMS_ & ? = ? ) )";
    assertThat(rewritten.getSql()).startsWith("with STEWARD_GRANTS as ("
            + "SELECT A.RESOURCE_ID_ FROM ACT_RU_AUTHORIZATION A WHERE A.TYPE_ < 2 AND A.USER_ID_ in ( ?, '*')" + perms
            + " union all SELECT A.RESOURCE_ID_ FROM ACT_RU_AUTHORIZATION A WHERE A.TYPE_ < 2 AND A.GROUP_ID_ IN ( ? )"
            + perms + ") select distinct")
        .contains("left join (select '*' as RESOURCE_ID_) AUTH on (RES.ID_ in (select RESOURCE_ID_ from STEWARD_GRANTS)"
            + " or D.KEY_ in (select RESOURCE_ID_ from STEWARD_GRANTS)"
            + " or exists (select 1 from STEWARD_GRANTS where RESOURCE_ID_ = '*'))")
        .doesNotContain("AUTH.RESOURCE_ID_ IN")
        .endsWith(where);
    assertThat(rewritten.getParameterMappings()).extracting(ParameterMapping::getProperty).containsExactly(
        "user", "type", "perms", "permsAgain", "group", "type", "perms", "permsAgain", "identity", "name", "limit",
        "offset");
    assertThat(TasklistQueryPlugin.placeholders(rewritten.getSql())).isEqualTo(12);
  }

  @Test
  void aCallerWithoutGroups_readsItsOwnGrantsAlone() {
    String grants = "SELECT A.* FROM ACT_RU_AUTHORIZATION A WHERE A.TYPE_ < 2 AND ( A.USER_ID_ in ( ?, '*')\n )"
        + " AND ( ( A.RESOURCE_TYPE_ = ? AND A.PERMS_ & ? = ? OR A.RESOURCE_TYPE_ = ? AND A.PERMS_ & ? = ? ) )";
    String sql = "select RES.ID_ from ACT_RU_TASK RES inner join (" + grants
        + ") AUTH ON (AUTH.RESOURCE_ID_ IN (RES.ID_, '*')) where RES.NAME_ = ?";

    BoundSql rewritten = GrantSetRewrite.rewrite(CONFIGURATION,
        bound(sql, "user", "t1", "p1", "p1Again", "t2", "p2", "p2Again", "name")).orElseThrow();

    assertThat(rewritten.getSql()).startsWith("with STEWARD_GRANTS as (SELECT A.RESOURCE_ID_ FROM ACT_RU_AUTHORIZATION"
        + " A WHERE A.TYPE_ < 2 AND A.USER_ID_ in ( ?, '*') AND ( ( A.RESOURCE_TYPE_ = ? AND A.PERMS_ & ? = ? OR"
        + " A.RESOURCE_TYPE_ = ? AND A.PERMS_ & ? = ? ) )) select RES.ID_").doesNotContain("union");
    assertThat(rewritten.getParameterMappings()).extracting(ParameterMapping::getProperty).containsExactly(
        "user", "t1", "p1", "p1Again", "t2", "p2", "p2Again", "name");
  }

  @Test
  void grantsOfAnotherForm_areReadAsCamundaWroteThem() {
    String grants = "SELECT A.* FROM ACT_RU_AUTHORIZATION A WHERE A.TYPE_ < 2 AND ( A.USER_ID_ in ( ?, '*')"
        + " OR A.GROUP_ID_ IN ( ? ) OR A.TENANT_ID_ = ? ) AND ( ( A.RESOURCE_TYPE_ = ? ) )";
    String sql = "select RES.ID_ from ACT_RU_TASK RES inner join (" + grants
        + ") AUTH ON (AUTH.RESOURCE_ID_ IN (RES.ID_, '*'))";

    BoundSql rewritten = GrantSetRewrite.rewrite(CONFIGURATION, bound(sql, "user", "group", "tenant", "type"))
        .orElseThrow();

    assertThat(rewritten.getSql()).startsWith("with STEWARD_GRANTS as (" + grants + ") select RES.ID_");
    assertThat(rewritten.getParameterMappings()).extracting(ParameterMapping::getProperty).containsExactly(
        "user", "group", "tenant", "type");
  }

  @Test
  void aStatementWithoutTheJoin_orWhoseParametersDoNotAddUp_runsAsWritten() {
    assertThat(GrantSetRewrite.rewrite(CONFIGURATION, bound("select * from ACT_RU_TASK RES where ID_ = ?", "id")))
        .isEmpty();
    String revokeCheck = "select RES.ID_ from ACT_RU_TASK RES where (select 1 from ACT_RU_AUTHORIZATION A) = 1";
    assertThat(GrantSetRewrite.rewrite(CONFIGURATION, bound(revokeCheck))).isEmpty();
    String joined = "select RES.ID_ from ACT_RU_TASK RES inner join (" + GRANTS
        + ") AUTH ON (AUTH.RESOURCE_ID_ IN (RES.ID_, D.KEY_, '*'))";
    assertThat(GrantSetRewrite.rewrite(CONFIGURATION, bound(joined, "user", "group"))).isEmpty();
    assertThat(GrantSetRewrite.rewrite(CONFIGURATION,
        bound(joined, "user", "group", "type", "perms", "permsAgain"))).isPresent();
  }

  @Test
  void everyResourceAGrantMayName_isOneSetCheck() {
    String sql = "select RES.* from ACT_RU_TASK RES left join (" + GRANTS + ") AUTH ON (AUTH.RESOURCE_ID_ IN (\n"
        + " RES.ID_ \n , D.KEY_ , RES.PROC_INST_ID_ , '*' \n )\n )";
    BoundSql bound = bound(sql, "user", "group", "type", "perms", "permsAgain");

    assertThat(GrantSetRewrite.rewrite(CONFIGURATION, bound).orElseThrow().getSql()).endsWith(
        "left join (select '*' as RESOURCE_ID_) AUTH on (RES.ID_ in (select RESOURCE_ID_ from STEWARD_GRANTS)"
            + " or D.KEY_ in (select RESOURCE_ID_ from STEWARD_GRANTS)"
            + " or RES.PROC_INST_ID_ in (select RESOURCE_ID_ from STEWARD_GRANTS)"
            + " or exists (select 1 from STEWARD_GRANTS where RESOURCE_ID_ = '*'))");
  }

  @Test
  void theVariablesOfAPage_probeTheGrantsRowByRow_whereTheGrantsAndTheirParametersStand() {
    String sql = "select RES.* from ACT_RU_VARIABLE RES left join (" + GRANTS + ") AUTH ON (AUTH.RESOURCE_ID_ IN (\n"
        + " RES.PROC_INST_ID_ \n , PROC_EXECUTION.ID_ , PROCDEF.KEY_ , RES.TASK_ID_ , '*' \n )\n )"
        + " WHERE RES.NAME_ in (?) and (AUTH.RESOURCE_ID_ IS NOT NULL)";
    BoundSql bound = bound(sql, "user", "group", "type", "perms", "permsAgain", "name");

    BoundSql rewritten = GrantSetRewrite.rewrite(CONFIGURATION, bound).orElseThrow();

    assertThat(rewritten.getSql()).isEqualTo("select RES.* from ACT_RU_VARIABLE RES left join (select '*' as"
        + " RESOURCE_ID_) AUTH on exists (select 1 from (" + GRANTS + ") G where G.RESOURCE_ID_ in (RES.PROC_INST_ID_,"
        + " PROC_EXECUTION.ID_, PROCDEF.KEY_, RES.TASK_ID_, '*')) WHERE RES.NAME_ in (?) and (AUTH.RESOURCE_ID_ IS NOT"
        + " NULL)");
    assertThat(rewritten.getParameterMappings()).extracting(ParameterMapping::getProperty).containsExactly(
        "user", "group", "type", "perms", "permsAgain", "name");
  }

  @Test
  void aResourceThatIsNotAColumn_leavesTheStatementAsWritten() {
    String sql = "select RES.* from ACT_RU_TASK RES inner join (" + GRANTS
        + ") AUTH ON (AUTH.RESOURCE_ID_ IN (RES.ID_, 'task', '*'))";

    assertThat(GrantSetRewrite.rewrite(CONFIGURATION, bound(sql, "user", "group", "type", "perms", "permsAgain")))
        .isEmpty();
  }

  @Test
  void placeholdersInQuotedTextAreNotParameters() {
    assertThat(TasklistQueryPlugin.placeholders("a = ? and b like '?%' escape '\\' and c = ?")).isEqualTo(2);
  }

  private static BoundSql bound(String sql, String... properties) {
    List<ParameterMapping> mappings = Stream.of(properties)
        .map(property -> new ParameterMapping.Builder(CONFIGURATION, property, Object.class).build()).toList();
    return new BoundSql(CONFIGURATION, sql, mappings, null);
  }
}
