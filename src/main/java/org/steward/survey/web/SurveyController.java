package org.steward.survey.web;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import lombok.RequiredArgsConstructor;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.steward.access.AccessLog;
import org.steward.request.Caller;
import org.steward.request.NewRequest;
import org.steward.security.CallerGroups;
import org.steward.shared.NotFound;
import org.steward.survey.CampaignView;
import org.steward.survey.Campaigns;
import org.steward.survey.NewCampaign;
import org.steward.survey.SurveyChart;
import org.steward.survey.SurveyExport;
import org.steward.survey.SurveyRequests;
import org.steward.survey.SurveyResults;
import org.steward.survey.SurveyTally;

/**
 * Surveys for staff ({@code /api/surveys}): policy editors and administrators create campaigns; they, supervisors and
 * leaders read the results (JSON, a chart per choice question as SVG, everything as xlsx); an enterprise's officer
 * reads its answer and raises a request from it. Everyone else is refused (403).
 */
@RestController
@RequestMapping("/api/surveys")
@RequiredArgsConstructor
class SurveyController {

  private static final MediaType SVG = MediaType.valueOf("image/svg+xml");
  private static final MediaType XLSX =
      MediaType.valueOf("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

  private final Campaigns campaigns;
  private final SurveyTally tally;
  private final SurveyRequests requests;
  private final AccessLog accessLog;

  /** The survey forms a campaign can use: id, title and number of questions. */
  @GetMapping("/forms")
  List<Map<String, Object>> forms(Authentication caller) {
    return campaigns.forms(caller(caller)).stream().map(f -> Map.<String, Object>of("id", f.id(), "title", f.title(),
        "questions", f.questions().size())).toList();
  }

  /** 201 with Location and the campaign, which opens on its open date. */
  @PostMapping
  ResponseEntity<CampaignView> create(@RequestBody NewCampaign body, Authentication caller) {
    CampaignView campaign = campaigns.create(body, caller(caller));
    return ResponseEntity.status(HttpStatus.CREATED).location(URI.create("/api/surveys/" + campaign.id()))
        .body(campaign);
  }

  @GetMapping
  List<CampaignView> list(Authentication caller) {
    return campaigns.list(caller(caller));
  }

  @GetMapping("/{id}")
  CampaignView view(@PathVariable long id, Authentication caller) {
    return campaigns.view(id, caller(caller));
  }

  @GetMapping("/{id}/results")
  SurveyResults results(@PathVariable long id, Authentication caller) {
    return tally.results(id, caller(caller));
  }

  /** A choice question's counts as a bar chart. */
  @GetMapping("/{id}/results/charts/{key}.svg")
  ResponseEntity<String> chart(@PathVariable long id, @PathVariable String key, Authentication caller) {
    SurveyResults.QuestionResult question = tally.results(id, caller(caller)).questions().stream()
        .filter(q -> q.key().equals(key) && q.counted()).findFirst()
        .orElseThrow(() -> new NotFound("survey-question", key));
    return ResponseEntity.ok().contentType(SVG).body(SurveyChart.svg(question));
  }

  /** The results with every answer as an Excel workbook; the export is logged. */
  @GetMapping("/{id}/results.xlsx")
  void export(@PathVariable long id, Authentication caller, HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    SurveyResults results = tally.results(id, caller(caller));
    accessLog.record(caller.getName(), AccessLog.Action.EXPORT_SURVEY, null, request.getRequestURI());
    response.setContentType(XLSX.toString());
    response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
        .filename(SurveyExport.title(results) + ".xlsx", StandardCharsets.UTF_8).build().toString());
    SurveyExport.write(results, response.getOutputStream());
  }

  /** One enterprise's answer, for its officer and for those who read results. */
  @GetMapping("/{id}/answers/{enterpriseId}")
  SurveyResults.RawAnswer answer(@PathVariable long id, @PathVariable long enterpriseId, Authentication caller) {
    return tally.answerOf(id, enterpriseId, caller(caller));
  }

  /** Raises a request on behalf of an enterprise from its answer; 201 with the case number. */
  @PostMapping("/{id}/answers/{enterpriseId}/requests")
  ResponseEntity<Map<String, String>> raise(@PathVariable long id, @PathVariable long enterpriseId,
      @RequestBody NewRequest body, Authentication caller) {
    String caseNumber = requests.raise(id, enterpriseId, body, caller(caller));
    return ResponseEntity.status(HttpStatus.CREATED).location(URI.create("/api/requests/" + caseNumber))
        .body(Map.of("caseNumber", caseNumber));
  }

  private static Caller caller(Authentication caller) {
    return new Caller(caller.getName(), CallerGroups.of(caller));
  }
}
