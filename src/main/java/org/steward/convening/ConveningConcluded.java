package org.steward.convening;

/**
 * Published (synchronously, in the concluding transaction) when a convening is concluded, so that the case that
 * convened it can go on with the conclusion.
 */
public record ConveningConcluded(long conveningId, String caseNumber, String conclusion) {
}
