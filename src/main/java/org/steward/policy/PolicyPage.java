package org.steward.policy;

import java.time.LocalDate;
import java.util.List;

/** A policy as an enterprise reads it: its body as safe HTML, and the requests the enterprise raised about it. */
public record PolicyPage(long id, String title, String issuingDepartment, String summary, String bodyHtml,
    LocalDate validFrom, LocalDate validTo, PolicyState state, List<String> consultations) {
}
