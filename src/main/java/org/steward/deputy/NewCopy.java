package org.steward.deputy;

import java.util.List;

/** A case to copy to leaders or officers (user ids), with an optional note to them. */
public record NewCopy(List<String> to, String note) {
}
