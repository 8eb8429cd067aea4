package org.steward.jointoffice;

import java.util.List;

/** One page of common issues (oldest first) and how many match. */
public record CommonIssuePage(List<CommonIssue> items, long total) {
}
