package org.steward.portal.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.steward.attachment.AttachmentDownloads;
import org.steward.attachment.AttachmentRefused;
import org.steward.attachment.AttachmentTooLarge;
import org.steward.attachment.Attachments;
import org.steward.attachment.Upload;
import org.steward.directory.DirectoryManagement;
import org.steward.ledger.EnterpriseLedger;
import org.steward.ledger.LedgerPage;
import org.steward.ledger.LedgerRow;
import org.steward.portal.EnterpriseSubmission;
import org.steward.request.Categories;
import org.steward.request.MaterialSupply;
import org.steward.request.NewRequest;
import org.steward.request.RequestManagement;
import org.steward.request.RequestRatings;
import org.steward.request.RequestState;
import org.steward.request.RequestView;
import org.steward.request.Satisfaction;
import org.steward.request.Submission;
import org.steward.request.Withdrawal;
import org.steward.shared.InvalidInput;
import org.steward.shared.Problems;
import org.steward.shared.StewardException;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The enterprise's requests on the portal: raise one (with files), list them, read one, and the enterprise's own steps
 * on it (withdraw, supply material, rate the reply). Each step is the same call the REST API makes.
 */
@Controller
@RequiredArgsConstructor
class PortalRequestController {

  static final int PAGE_SIZE = 10;

  private final DirectoryManagement directory;
  private final RequestManagement requests;
  private final Categories categories;
  private final EnterpriseSubmission submission;
  private final Withdrawal withdrawal;
  private final MaterialSupply material;
  private final Attachments attachments;
  private final EnterpriseLedger ledger;
  private final Problems problems;
  private final RequestRatings ratings;

  /** 我的诉求: newest first, ten a page, optionally one state. */
  @GetMapping("/portal/requests")
  String list(@RequestParam(required = false) String state, @RequestParam(defaultValue = "0") int page,
      Authentication authentication, Model model) {
    PortalUser user = PortalUser.of(authentication, directory);
    String wanted = state == null || state.isBlank() ? null : state;
    int current = Math.max(page, 0);
    LedgerPage found = ledger.page(user.enterprise().id(), wanted, current, PAGE_SIZE, user.reader());
    Map<String, String> categoryLabels = categories.labels();
    model.addAttribute("rows", found.items().stream().map(row -> Row.of(row, categoryLabels)).toList());
    model.addAttribute("total", found.total());
    model.addAttribute("page", current);
    model.addAttribute("pages", Math.max(1, (found.total() + PAGE_SIZE - 1) / PAGE_SIZE));
    model.addAttribute("state", wanted);
    model.addAttribute("states", RequestState.values());
    return "portal/requests";
  }

  /** 我要提诉求: the form, with a fresh key, so that sending it twice makes one case. */
  @GetMapping("/portal/requests/new")
  String form(Model model) {
    RequestForm form = new RequestForm(null, null, null, "NORMAL", null, null, UUID.randomUUID().toString());
    return form(model, form, Map.of());
  }

  @PostMapping("/portal/requests")
  String submit(RequestForm form, @RequestParam(name = "files", required = false) List<MultipartFile> files,
      Authentication authentication, Model model, HttpServletResponse response) {
    PortalUser user = PortalUser.of(authentication, directory);
    NewRequest request = new NewRequest(user.enterprise().id(), form.category(), form.title(), form.description(),
        form.contactName(), form.contactPhone(), form.urgency(), "PORTAL");
    try {
      Submission done = submission.submit(request, Upload.of(files), user.caller(), form.idempotencyKey());
      return "redirect:/portal/requests/" + done.request().caseNumber() + (done.created() ? "?submitted" : "");
    } catch (InvalidInput e) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      return form(model, form, FieldErrors.of(problems, e));
    } catch (AttachmentRefused | AttachmentTooLarge e) {
      // the form comes back with everything typed; only the files must be chosen again
      response.setStatus(e.status().value());
      return form(model, form, Map.of("files", chinese(e)));
    }
  }

  /** 诉求详情: what the enterprise may read of its case, and the steps open to it now. */
  @GetMapping("/portal/requests/{caseNumber}")
  String request(@PathVariable String caseNumber, @RequestParam(required = false) String submitted,
      Authentication authentication, Model model) {
    PortalUser user = PortalUser.of(authentication, directory);
    RequestView view = requests.view(caseNumber, user.caller());
    model.addAttribute("request", view);
    model.addAttribute("stateLabel", view.state().label());
    model.addAttribute("timeline", EnterpriseTimeline.of(view));
    model.addAttribute("attachments", attachments.of(caseNumber));
    model.addAttribute("withdrawable", Withdrawal.withdrawable(view.state(), view.reopenCount()));
    model.addAttribute("ask", material.pendingAsk(caseNumber, user.caller()).orElse(null));
    model.addAttribute("rateable", view.state() == RequestState.RETURN_VISIT);
    model.addAttribute("satisfactions", Satisfaction.values());
    model.addAttribute("submitted", submitted != null);
    return "portal/request";
  }

  @PostMapping("/portal/requests/{caseNumber}/withdrawal")
  String withdraw(@PathVariable String caseNumber, @RequestParam(required = false) String reason,
      Authentication authentication, RedirectAttributes redirect) {
    PortalUser user = PortalUser.of(authentication, directory);
    return step(caseNumber, redirect, () -> withdrawal.withdraw(caseNumber, reason, user.caller()), "诉求已撤回。");
  }

  @PostMapping("/portal/requests/{caseNumber}/material")
  String supply(@PathVariable String caseNumber, @RequestParam(required = false) String answer,
      @RequestParam(name = "files", required = false) List<MultipartFile> files, Authentication authentication,
      RedirectAttributes redirect) {
    PortalUser user = PortalUser.of(authentication, directory);
    return step(caseNumber, redirect, () -> material.supply(caseNumber, answer, Upload.of(files), user.caller()),
        "材料已提交，首席服务官将继续办理。");
  }

  @PostMapping("/portal/requests/{caseNumber}/rating")
  String rate(@PathVariable String caseNumber, @RequestParam(required = false) String satisfaction,
      @RequestParam(required = false) String comment, Authentication authentication, RedirectAttributes redirect) {
    PortalUser user = PortalUser.of(authentication, directory);
    return step(caseNumber, redirect, () -> ratings.rate(caseNumber, satisfaction, comment, user.caller()),
        "感谢您的评价。");
  }

  @GetMapping("/portal/attachments/{id}")
  ResponseEntity<StreamingResponseBody> download(@PathVariable long id, Authentication authentication) {
    PortalUser user = PortalUser.of(authentication, directory);
    return AttachmentDownloads.download(attachments, attachments.find(id, user.reader()));
  }

  /** Runs a step; bad input comes back to the case page as Chinese messages, with nothing changed. */
  private String step(String caseNumber, RedirectAttributes redirect, Runnable work, String done) {
    try {
      work.run();
      redirect.addFlashAttribute("notice", done);
    } catch (InvalidInput e) {
      redirect.addFlashAttribute("errors", FieldErrors.of(problems, e));
    } catch (AttachmentRefused | AttachmentTooLarge e) {
      redirect.addFlashAttribute("errors", Map.of("files", chinese(e)));
    }
    return "redirect:/portal/requests/" + caseNumber;
  }

  private String form(Model model, RequestForm form, Map<String, String> errors) {
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("categories", categories.all());
    return "portal/new-request";
  }

  private String chinese(StewardException e) {
    return String.valueOf(problems.of(e.status(), e.code(), e.args()).getProperties().get("detailZh"));
  }

  /** One line of 我的诉求, in words. */
  record Row(String caseNumber, String title, String category, String state, String light, LocalDate nextDeadline) {

    static Row of(LedgerRow row, Map<String, String> categoryLabels) {
      return new Row(row.caseNumber(), row.title(), categoryLabels.getOrDefault(row.category(), row.category()),
          RequestState.labelOf(row.state()), row.light(), row.nextDeadline());
    }
  }

  /** The request form as posted; the key stays the same when the form comes back with errors. */
  record RequestForm(String category, String title, String description, String urgency, String contactName,
      String contactPhone, String idempotencyKey) {
  }
}
