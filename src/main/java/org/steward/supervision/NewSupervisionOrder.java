package org.steward.supervision;

/**
 * What a supervisor orders: on which case, whom (a handling unit of the case, or a department, or, with neither, the
 * case's officer), what to do, and in how many working days.
 */
public record NewSupervisionOrder(String caseNumber, Long unitId, String department, String requirement,
    Integer timeLimit) {
}
