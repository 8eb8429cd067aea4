package org.steward.workreport;

import org.springframework.http.HttpStatus;
import org.steward.shared.StewardException;

/** Officers read their own work reports; supervisors, leaders and administrators read everyone's. */
public class WorkReportForbidden extends StewardException {

  public WorkReportForbidden() {
    super(HttpStatus.FORBIDDEN, "work-report-forbidden");
  }
}
