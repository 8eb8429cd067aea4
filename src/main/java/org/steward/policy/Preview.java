package org.steward.policy;

import java.util.List;

/** Which enterprises a target rule reaches now: how many, how many are key enterprises, and the first names. */
public record Preview(int matched, int keyEnterprises, List<String> firstNames) {
}
