package org.steward.directory.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.steward.directory.DemoLogin;
import org.steward.directory.DemoLogins;
import org.steward.directory.Departments;
import org.steward.directory.DirectoryManagement;
import org.steward.directory.Enterprise;
import org.steward.directory.Enterprises;
import org.steward.directory.GroupMembers;
import org.steward.directory.NewEnterprise;
import org.steward.directory.NewOfficer;
import org.steward.directory.OfficerKind;
import org.steward.directory.Officers;
import org.steward.shared.StewardException;

/**
 * A fictional district organisation for trying Steward out: the joint-meeting office, seven departments with one staff
 * member each, two project leaders, two supervisors, seven officers and nine enterprises with their own logins, all
 * with password {@code demo}. Seeded once, in one transaction, into a directory that does not have it yet; restarts
 * keep the data.
 */
@Component
@Order(30)
@ConditionalOnProperty(name = "steward.demo.enabled", havingValue = "true")
@RequiredArgsConstructor
public class DemoOrganisation implements ApplicationRunner, DemoLogins {

  private static final Logger log = LoggerFactory.getLogger(DemoOrganisation.class);

  private static final String SEEDED_BY = "demo";
  private static final String JOINT_OFFICE_USER = "lianxiban";
  private static final String JOINT_OFFICE_NAME = "李静";

  private record Dept(String code, String name, String staffId, String staffName) {
  }

  private record Staff(String id, String name, String department, OfficerKind kind, String supervisor, String phone) {
  }

  private record Company(String login, String name, String creditCode, String industry, String area,
      List<String> tags, String officer) {
  }

  private static final List<Dept> DEPARTMENTS = List.of(
      new Dept("economy", "经济科技促进局", "economy01", "赵敏"),
      new Dept("resources", "自然资源局", "resources01", "钱程"),
      new Dept("housing", "住房和城乡建设局", "housing01", "孙悦"),
      new Dept("hrss", "人力资源和社会保障局", "hrss01", "周宁"),
      new Dept("education", "教育局", "education01", "吴桐"),
      new Dept("power", "供电局", "power01", "郑凯"),
      new Dept("water", "水务局", "water01", "冯涛"));

  /** Project leaders (挂点领导) of the key industrial projects. */
  private static final List<DemoLogin> LEADERS = List.of(
      new DemoLogin("hejun", "何军", "项目挂点领导"),
      new DemoLogin("songli", "宋丽", "项目挂点领导"));

  /** A process designer (流程设计人员): deploys models from Camunda Modeler, reads no case. */
  private static final DemoLogin DESIGNER = new DemoLogin("sheji01", "方圆", "流程设计人员");
  /** A policy editor (政策编辑人员): drafts and publishes policies. */
  private static final DemoLogin POLICY_EDITOR = new DemoLogin("zhengce01", "叶青", "政策编辑人员");
  /** The account a Prometheus scraper reads the metrics with (运行监控): {@code /actuator/prometheus}, nothing else. */
  private static final DemoLogin MONITORING = new DemoLogin("jiankong01", "监控采集", "运行监控");
  /** The key enterprises (重点企业) among the demo's: their officers confirm each policy's delivery. */
  private static final Set<String> KEY_ENTERPRISES = Set.of("ent03", "ent07", "ent09");

  private static final List<Staff> SUPERVISORS = List.of(
      new Staff("chenjianguo", "陈建国", "economy", OfficerKind.ENTERPRISE, null, "020-00000101"),
      new Staff("linhui", "林慧", "resources", OfficerKind.PROJECT, null, "020-00000102"));

  private static final List<Staff> OFFICERS = List.of(
      new Staff("zhangwei", "张伟", "economy", OfficerKind.ENTERPRISE, "chenjianguo", "020-00000201"),
      new Staff("liuyang", "刘洋", "economy", OfficerKind.ENTERPRISE, "chenjianguo", "020-00000202"),
      new Staff("wangjing", "王静", "housing", OfficerKind.ENTERPRISE, "chenjianguo", "020-00000203"),
      new Staff("lina", "李娜", "hrss", OfficerKind.ENTERPRISE, "chenjianguo", "020-00000204"),
      new Staff("huangqiang", "黄强", "resources", OfficerKind.PROJECT, "linhui", "020-00000205"),
      new Staff("zhouxin", "周欣", "power", OfficerKind.PROJECT, "linhui", "020-00000206"),
      new Staff("xuming", "徐明", "education", OfficerKind.ENTERPRISE, "linhui", "020-00000207"));

  // Credit codes: 91 (enterprise), district code, a made-up organisation code with its GB 11714 check digit, and the
  // GB 32100 check character (computed, not invented); seeding validates each one, DirectoryIT checks it.
  private static final List<Company> ENTERPRISES = List.of(
      new Company("ent01", "广州某某精密制造有限公司", "91440112MA59K1A0XN", "先进制造", "黄埔区",
          List.of("规上企业", "专精特新"), "zhangwei"),
      new Company("ent02", "广州某某新材料科技有限公司", "91440112MA59K2B17G", "新材料", "黄埔区",
          List.of("高新技术企业"), "zhangwei"),
      new Company("ent03", "广州某某生物医药有限公司", "91440106MA59K3C24F", "生物医药", "天河区",
          List.of("高新技术企业", "重点项目"), "huangqiang"),
      new Company("ent04", "广州某某智能装备有限公司", "91440113MA59K4D318", "智能装备", "番禺区",
          List.of("专精特新"), "liuyang"),
      new Company("ent05", "广州某某食品有限公司", "91440114MA59K5E49D", "食品加工", "花都区",
          List.of("规上企业"), "wangjing"),
      new Company("ent06", "广州某某电子科技有限公司", "91440115MA59K6F56G", "电子信息", "南沙区",
          List.of("外资企业", "规上企业"), "lina"),
      new Company("ent07", "广州某某汽车零部件有限公司", "91440112MA59K7G63R", "汽车零部件", "黄埔区",
          List.of("重点项目"), "zhouxin"),
      new Company("ent08", "广州某某软件信息技术有限公司", "91440106MA59K8H70Q", "软件和信息技术服务", "天河区",
          List.of("高新技术企业", "小微企业"), "xuming"),
      new Company("ent09", "广州某某新能源有限公司", "91440115MA59K9J844", "新能源", "南沙区",
          List.of("重点项目", "外资企业"), "huangqiang"));

  private final DirectoryManagement directory;
  private final Departments departments;
  private final GroupMembers members;
  private final Officers officers;
  private final Enterprises enterprises;
  private final TransactionTemplate transaction;

  @Override
  public void run(ApplicationArguments args) {
    seed();
    log.warn("Demo organisation: {} demo users with password '{}' exist (e.g. {}, {}, {}); never use them in "
        + "production", logins().size(), PASSWORD, JOINT_OFFICE_USER, OFFICERS.get(0).id(),
        ENTERPRISES.get(0).login());
  }

  /**
   * Seeds the demo organisation unless its first department exists already; answers whether it seeded. A failure
   * leaves nothing behind and is logged rather than stopping the application.
   */
  public boolean seed() {
    if (directory.department(DEPARTMENTS.get(0).code()).isPresent()) {
      log.info("Demo organisation already present, nothing seeded");
      return false;
    }
    try {
      transaction.executeWithoutResult(status -> create());
    } catch (StewardException e) {
      log.error("Demo organisation not seeded ({} {}): an existing user or enterprise is in the way", e.code(),
          List.of(e.args()), e);
      return false;
    }
    log.info("Demo organisation seeded: {} departments, {} officers, {} enterprises", DEPARTMENTS.size(),
        SUPERVISORS.size() + OFFICERS.size(), ENTERPRISES.size());
    return true;
  }

  @Override
  public List<DemoLogin> logins() {
    List<DemoLogin> logins = new ArrayList<>();
    logins.add(new DemoLogin(JOINT_OFFICE_USER, JOINT_OFFICE_NAME, "联席会议办公室"));
    Stream.concat(SUPERVISORS.stream(), OFFICERS.stream()).forEach(s -> logins.add(new DemoLogin(s.id(), s.name(),
        (SUPERVISORS.contains(s) ? "督办负责人" : "首席服务官") + "（" + departmentName(s.department()) + "）")));
    logins.addAll(LEADERS);
    logins.add(DESIGNER);
    logins.add(POLICY_EDITOR);
    logins.add(MONITORING);
    DEPARTMENTS.forEach(d -> logins.add(new DemoLogin(d.staffId(), d.staffName(), "部门经办人（" + d.name() + "）")));
    ENTERPRISES.forEach(c -> logins.add(new DemoLogin(c.login(), c.name(), "企业")));
    return List.copyOf(logins);
  }

  private void create() {
    members.createJointOfficeMember(JOINT_OFFICE_USER, JOINT_OFFICE_NAME, PASSWORD);
    for (Dept dept : DEPARTMENTS) {
      departments.createDepartment(dept.code(), dept.name());
      departments.createDepartmentStaff(dept.staffId(), dept.staffName(), dept.code(), PASSWORD);
    }
    for (DemoLogin leader : LEADERS) {
      members.createLeader(leader.userId(), leader.name(), PASSWORD);
    }
    members.createDesigner(DESIGNER.userId(), DESIGNER.name(), PASSWORD);
    members.createPolicyEditor(POLICY_EDITOR.userId(), POLICY_EDITOR.name(), PASSWORD);
    members.createMonitoringAccount(MONITORING.userId(), MONITORING.name(), PASSWORD);
    for (Staff supervisor : SUPERVISORS) {
      officers.createSupervisor(newOfficer(supervisor), PASSWORD);
      officers.changeEmail(supervisor.id(), demoEmail(supervisor));
    }
    for (Staff officer : OFFICERS) {
      officers.createOfficer(newOfficer(officer), PASSWORD);
      officers.changeEmail(officer.id(), demoEmail(officer));
    }
    for (Company company : ENTERPRISES) {
      Enterprise enterprise = enterprises.createEnterprise(new NewEnterprise(company.name(), company.creditCode(),
          company.industry(), company.area(), company.tags(), company.officer()), SEEDED_BY);
      enterprises.createEnterpriseLogin(enterprise.id(), company.login(), PASSWORD);
      if (KEY_ENTERPRISES.contains(company.login())) {
        enterprises.markKey(enterprise.id(), true, SEEDED_BY);
      }
    }
  }

  private static NewOfficer newOfficer(Staff staff) {
    return new NewOfficer(staff.id(), staff.name(), staff.department(), staff.kind(), staff.supervisor(),
        staff.phone());
  }

  /** A demo address under the reserved domain {@code example.org}, which no mail server delivers to. */
  private static String demoEmail(Staff staff) {
    return staff.id() + "@steward.example.org";
  }

  private static String departmentName(String code) {
    return DEPARTMENTS.stream().filter(d -> d.code().equals(code)).map(Dept::name).findFirst().orElse(code);
  }
}
