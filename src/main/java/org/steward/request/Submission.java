package org.steward.request;

/** The answer to a submission: the case, and whether this call created it (false: an idempotent repeat). */
public record Submission(RequestView request, boolean created) {
}
