package org.steward.directory.web;

import java.net.URI;
import java.security.Principal;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import lombok.RequiredArgsConstructor;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.steward.directory.Assignment;
import org.steward.directory.Assignments;
import org.steward.directory.Department;
import org.steward.directory.Departments;
import org.steward.directory.DirectoryManagement;
import org.steward.directory.Enterprise;
import org.steward.directory.Enterprises;
import org.steward.directory.NewEnterprise;
import org.steward.directory.NewOfficer;
import org.steward.directory.Officer;
import org.steward.directory.OfficerKind;
import org.steward.directory.Officers;
import org.steward.directory.StewardGroups;
import org.steward.security.CallerGroups;
import org.steward.shared.NotFound;

/**
 * The directory over REST, for administrators (writes) and staff (reads). Enterprise users read only their own
 * enterprise.
 */
@RestController
@RequestMapping("/api/directory")
@PreAuthorize(DirectoryController.STAFF)
@RequiredArgsConstructor
class DirectoryController {

  static final String STAFF = "isAuthenticated() and !hasRole('" + StewardGroups.ENTERPRISES + "')";
  static final String ADMIN = "hasRole('" + StewardGroups.ADMIN + "')";

  private final DirectoryManagement directory;
  private final Departments departments;
  private final Officers officers;
  private final Enterprises enterprises;
  private final Assignments assignments;

  // --- departments

  @GetMapping("/departments")
  List<Department> departments() {
    return directory.departments();
  }

  @PostMapping("/departments")
  @PreAuthorize(ADMIN)
  ResponseEntity<Department> createDepartment(@Valid @RequestBody DepartmentRequest body) {
    Department department = departments.createDepartment(body.code(), body.name());
    return ResponseEntity.created(URI.create("/api/directory/departments/" + department.code())).body(department);
  }

  // --- officers

  @GetMapping("/officers")
  List<Officer> officers() {
    return directory.officers();
  }

  @PostMapping("/officers")
  @PreAuthorize(ADMIN)
  ResponseEntity<Officer> createOfficer(@Valid @RequestBody OfficerRequest body) {
    NewOfficer officer = new NewOfficer(body.id(), body.name(), body.departmentCode(), body.kind(),
        body.supervisorId(), body.phone());
    Officer created = Boolean.TRUE.equals(body.supervisor())
        ? officers.createSupervisor(officer, body.password())
        : officers.createOfficer(officer, body.password());
    return ResponseEntity.created(URI.create("/api/directory/officers/" + created.id())).body(created);
  }

  @GetMapping("/officers/{id}")
  Officer officer(@PathVariable String id) {
    return directory.officer(id).orElseThrow(() -> new NotFound("officer", id));
  }

  @GetMapping("/officers/{id}/enterprises")
  List<Enterprise> enterprisesOf(@PathVariable String id) {
    officer(id);
    return directory.enterprisesOf(id);
  }

  /** Makes an officer a supervisor (项目部长/站长): group {@code supervisors}; repeating it changes nothing. */
  @PostMapping("/officers/{id}/supervisor")
  @PreAuthorize(ADMIN)
  Officer appointSupervisor(@PathVariable String id) {
    return officers.appointSupervisor(id);
  }

  /** Records the officer's e-mail address (notifications are mailed there); a blank one removes it. */
  @PutMapping("/officers/{id}/email")
  @PreAuthorize(ADMIN)
  ResponseEntity<Void> changeEmail(@PathVariable String id, @RequestBody EmailRequest body) {
    officers.changeEmail(id, body.email());
    return ResponseEntity.noContent().build();
  }

  /** An officer leaving post hands all enterprises over; answers the ids of the enterprises moved. */
  @PostMapping("/officers/{id}/handover")
  @PreAuthorize(ADMIN)
  List<Long> handover(@PathVariable String id, @Valid @RequestBody HandoverRequest body, Principal principal) {
    return assignments.reassignAll(id, body.toOfficerId(), body.reason(), principal.getName());
  }

  // --- enterprises

  @GetMapping("/enterprises")
  List<Enterprise> enterprises() {
    return directory.enterprises();
  }

  @PostMapping("/enterprises")
  @PreAuthorize(ADMIN)
  ResponseEntity<Enterprise> createEnterprise(@Valid @RequestBody EnterpriseRequest body, Principal principal) {
    Enterprise created = enterprises.createEnterprise(new NewEnterprise(body.name(), body.creditCode(), body.industry(),
        body.area(), body.tags(), body.officerId()), principal.getName());
    return ResponseEntity.created(URI.create("/api/directory/enterprises/" + created.id())).body(created);
  }

  /** Staff read any enterprise; an enterprise user only its own. */
  @GetMapping("/enterprises/{id}")
  @PreAuthorize("isAuthenticated()")
  Enterprise enterprise(@PathVariable long id, Authentication authentication) {
    boolean enterpriseUser = authentication.getAuthorities().stream()
        .anyMatch(a -> (CallerGroups.ROLE_PREFIX + StewardGroups.ENTERPRISES).equals(a.getAuthority()));
    if (enterpriseUser && directory.enterpriseOfUser(authentication.getName())
        .filter(own -> own.id() == id).isEmpty()) {
      throw new AccessDeniedException("enterprise users read only their own enterprise");
    }
    return directory.enterprise(id).orElseThrow(() -> new NotFound("enterprise", id));
  }

  @PutMapping("/enterprises/{id}/officer")
  @PreAuthorize(ADMIN)
  Assignment assign(@PathVariable long id, @Valid @RequestBody AssignRequest body, Principal principal) {
    return assignments.assign(id, body.officerId(), body.reason(), principal.getName());
  }

  @GetMapping("/enterprises/{id}/assignments")
  List<Assignment> assignments(@PathVariable long id) {
    return directory.assignments(id);
  }

  @PostMapping("/enterprises/{id}/logins")
  @PreAuthorize(ADMIN)
  ResponseEntity<EnterpriseLogin> createLogin(@PathVariable long id, @Valid @RequestBody LoginRequest body) {
    enterprises.createEnterpriseLogin(id, body.userId(), body.password());
    return ResponseEntity.created(URI.create("/api/directory/enterprises/" + id))
        .body(new EnterpriseLogin(body.userId(), id));
  }

  record EmailRequest(String email) {
  }

  // texts people write (names, phones, reasons, industry, area, tags) are checked by DirectoryManagement's rules, which
  // count characters, not UTF-16 units as @Size does; ids, codes and passwords keep @Size

  record DepartmentRequest(@NotBlank @Size(max = 32) String code, @NotBlank String name) {
  }

  record OfficerRequest(@NotBlank @Size(max = 64) String id, @NotBlank String name,
      @NotBlank @Size(max = 32) String departmentCode, @NotNull OfficerKind kind, @Size(max = 64) String supervisorId,
      String phone, Boolean supervisor, @NotBlank @Size(max = 128) String password) {
  }

  record HandoverRequest(@NotBlank @Size(max = 64) String toOfficerId, @NotBlank String reason) {
  }

  record EnterpriseRequest(@NotBlank String name, @NotBlank String creditCode, String industry, String area,
      @Size(max = 20) List<@NotBlank String> tags, @Size(max = 64) String officerId) {
  }

  record AssignRequest(@NotBlank @Size(max = 64) String officerId, @NotBlank String reason) {
  }

  record LoginRequest(@NotBlank @Size(max = 64) String userId, @NotBlank @Size(max = 128) String password) {
  }

  record EnterpriseLogin(String userId, long enterpriseId) {
  }
}
