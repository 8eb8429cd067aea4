package org.steward.jointoffice;

import java.util.List;

/**
 * The office's analysis as entered in the 分析研判 form: {@code action} and the fields that action needs
 * (ARBITRATE: {@code leadDepartment}, the codes of the {@code cooperatingDepartments}, {@code timeLimit};
 * COMMON_ISSUE: {@code commonIssueNumber} of an open issue, or {@code newIssueTitle} and {@code newIssueDescription};
 * JOINT_MEETING: the codes of the {@code meetingDepartments}, {@code positionTimeLimit}; DECIDE: {@code resolution}).
 */
public record AnalysisInput(String action, String leadDepartment, List<String> cooperatingDepartments,
    Integer timeLimit, String commonIssueNumber, String newIssueTitle, String newIssueDescription,
    List<String> meetingDepartments, Integer positionTimeLimit, String resolution) {

  public AnalysisInput {
    cooperatingDepartments = cooperatingDepartments == null ? List.of() : List.copyOf(cooperatingDepartments);
    meetingDepartments = meetingDepartments == null ? List.of() : List.copyOf(meetingDepartments);
  }
}
