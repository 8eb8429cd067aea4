package org.steward.handling;

import java.util.List;

import org.springframework.stereotype.Service;

/**
 * PLACEHOLDER from the REQUEST branch, to be replaced by the HANDLING branch: the signatures of the shared design
 * (issue 3), so that {@code org.steward.request} compiles. Every method fails until the real implementation is merged.
 */
@Service
public class HandlingManagement {

  public List<Long> handOver(String caseNumber, String leadDepartment, List<String> cooperatingDepartments,
      int timeLimitWorkingDays, String byUser) {
    throw new UnsupportedOperationException("HANDLING not merged yet");
  }

  public void checkHandover(String leadDepartment, List<String> cooperatingDepartments, int timeLimitWorkingDays) {
    throw new UnsupportedOperationException("HANDLING not merged yet");
  }

  public List<HandlingUnit> unitsOf(String caseNumber) {
    throw new UnsupportedOperationException("HANDLING not merged yet");
  }

  public HandlingUnit unit(long unitId) {
    throw new UnsupportedOperationException("HANDLING not merged yet");
  }

  public boolean anyReturned(String caseNumber, int round) {
    throw new UnsupportedOperationException("HANDLING not merged yet");
  }

  public int currentRound(String caseNumber) {
    throw new UnsupportedOperationException("HANDLING not merged yet");
  }

  public String feedbackSummary(String caseNumber, int round) {
    throw new UnsupportedOperationException("HANDLING not merged yet");
  }
}
