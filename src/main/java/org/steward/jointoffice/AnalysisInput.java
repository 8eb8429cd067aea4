package org.steward.jointoffice;

/**
 * The office's analysis as entered in the 分析研判 form: {@code action} and the fields that action needs
 * (ARBITRATE: {@code leadDepartment}, {@code cooperatingDepartments} as codes separated by commas, {@code timeLimit};
 * COMMON_ISSUE: {@code commonIssueNumber} of an open issue, or {@code newIssueTitle} and {@code newIssueDescription};
 * JOINT_MEETING: {@code meetingDepartments}, {@code positionTimeLimit}; DECIDE: {@code resolution}).
 */
public record AnalysisInput(String action, String leadDepartment, String cooperatingDepartments, Integer timeLimit,
    String commonIssueNumber, String newIssueTitle, String newIssueDescription, String meetingDepartments,
    Integer positionTimeLimit, String resolution) {
}
