package org.steward.request;

import java.util.Arrays;
import java.util.Optional;

/** What a request is about; the code goes into the routing table, the label to people. */
public enum Category {
  LAND("land", "用地"),
  POWER("power", "用电"),
  WATER("water", "用水"),
  PERMITS("permits", "报批报建"),
  LICENCES("licences", "证照办理"),
  TALENT("talent", "人才"),
  SCHOOLING("schooling", "子女入学"),
  FINANCE("finance", "融资"),
  POLICY("policy", "政策兑现"),
  TRANSPORT("transport", "交通出行"),
  OTHER("other", "其他");

  private final String code;
  private final String label;

  Category(String code, String label) {
    this.code = code;
    this.label = label;
  }

  public String code() {
    return code;
  }

  public String label() {
    return label;
  }

  public static Optional<Category> ofCode(String code) {
    return Arrays.stream(values()).filter(c -> c.code.equals(code)).findFirst();
  }
}
