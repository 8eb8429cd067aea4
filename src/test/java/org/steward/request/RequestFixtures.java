package org.steward.request;

/** Shared test data for request tests: a request for land (用地) as JSON and as a {@link NewRequest}. */
public final class RequestFixtures {

  private RequestFixtures() {
  }

  public static String body(long enterpriseId, String title) {
    return """
        {"enterpriseId": %d, "category": "land", "title": "%s", "description": "扩产需要新增工业用地约 20 亩。",
         "contactName": "王经理", "contactPhone": "020-12345678", "urgency": "NORMAL", "channel": "PORTAL"}
        """.formatted(enterpriseId, title);
  }

  public static NewRequest request(long enterpriseId, String title) {
    return new NewRequest(enterpriseId, "land", title, "扩产需要新增工业用地约 20 亩。", "王经理", "020-12345678", "NORMAL",
        "PORTAL");
  }
}
