package org.steward.survey;

import java.sql.Timestamp;

import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steward.request.Caller;
import org.steward.request.NewRequest;
import org.steward.request.RequestIntake;
import org.steward.shared.NotFound;
import org.steward.shared.StewardClock;

/**
 * Raising a request from a survey answer (e.g. one that says 需要协调): the enterprise's officer (or an administrator)
 * raises it on the enterprise's behalf as any request, and it stays linked to the campaign. Enterprises raise their
 * own requests on the portal, not here.
 */
@Service
@Transactional
@RequiredArgsConstructor
public class SurveyRequests {

  private final JdbcClient jdbc;
  private final SurveyAnswers answers;
  private final RequestIntake intake;

  /**
   * Raises {@code request} for enterprise {@code enterpriseId}, which answered campaign {@code campaignId}; answers the
   * new case number. Who may raise it, and what a valid request is, are the request's rules.
   *
   * @throws SurveyForbidden unless the caller is an officer or an administrator
   * @throws NotFound when the enterprise has not answered the campaign
   * @throws org.steward.shared.InvalidInput naming every bad field of the request
   */
  public String raise(long campaignId, long enterpriseId, NewRequest request, Caller caller) {
    if (!caller.isOfficer() && !caller.isAdmin()) {
      throw new SurveyForbidden();
    }
    if (answers.stored(campaignId, enterpriseId).isEmpty()) {
      throw new NotFound("survey-answer", enterpriseId);
    }
    NewRequest forEnterprise = request == null ? null : new NewRequest(enterpriseId, request.category(),
        request.title(), request.description(), request.contactName(), request.contactPhone(), request.urgency(),
        request.channel());
    String caseNumber = intake.submit(forEnterprise, caller, null).request().caseNumber();
    jdbc.sql("""
            insert into survey_request (campaign_id, case_number, enterprise_id, raised_by, created_at)
            values (:campaign, :case, :enterprise, :by, :now)""")
        .param("campaign", campaignId).param("case", caseNumber).param("enterprise", enterpriseId)
        .param("by", caller.userId()).param("now", Timestamp.from(StewardClock.now())).update();
    return caseNumber;
  }
}
