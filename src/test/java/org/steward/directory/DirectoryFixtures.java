package org.steward.directory;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Builds directory data with fresh ids and credit codes, so that tests sharing one in-memory database (and the demo
 * organisation in it) never collide.
 */
public final class DirectoryFixtures {

  private DirectoryFixtures() {
  }

  /** A fresh lower-case id with the given prefix, valid as department code and Camunda user id. */
  public static String freshId(String prefix) {
    StringBuilder id = new StringBuilder(prefix);
    for (int i = 0; i < 8; i++) {
      id.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
    }
    return id.toString();
  }

  /** A fresh valid credit code: enterprise, Huangpu district, random organisation part, computed check character. */
  public static String freshCreditCode() {
    StringBuilder first17 = new StringBuilder("91440112");
    for (int i = 0; i < 9; i++) {
      first17.append(CreditCode.CHARACTERS.charAt(ThreadLocalRandom.current().nextInt(CreditCode.CHARACTERS.length())));
    }
    return CreditCode.withCheckCharacter(first17.toString()).value();
  }

  public static Department department(Departments departments) {
    String code = freshId("d");
    return departments.createDepartment(code, "测试局" + code);
  }

  public static Officer supervisor(Officers officers, Department department) {
    return officers.createSupervisor(new NewOfficer(freshId("s"), "测试站长", department.code(),
        OfficerKind.ENTERPRISE, null, null), "secret");
  }

  public static Officer officer(Officers officers, Department department, Officer supervisor) {
    return officers.createOfficer(new NewOfficer(freshId("o"), "测试管家", department.code(), OfficerKind.ENTERPRISE,
        supervisor == null ? null : supervisor.id(), "020-00000000"), "secret");
  }

  public static Enterprise enterprise(Enterprises enterprises, Officer officer) {
    return enterprises.createEnterprise(new NewEnterprise("广州测试" + freshId("") + "有限公司", freshCreditCode(),
        "先进制造", "黄埔区", List.of("规上企业"), officer == null ? null : officer.id()), "admin");
  }
}
