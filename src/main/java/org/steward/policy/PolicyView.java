package org.steward.policy;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.steward.directory.TargetRule;

/** A policy as staff see it, with its figures. */
public record PolicyView(long id, String title, String issuingDepartment, String summary, String body,
    LocalDate validFrom, LocalDate validTo, int confirmDays, PolicyState state, TargetRule target, String createdBy,
    OffsetDateTime createdAt, String publishedBy, OffsetDateTime publishedAt, Figures figures) {

  /**
   * How far the policy got: enterprises it reached, of them those that read it, key enterprises' confirmations made
   * and among them those it applies to, and the requests enterprises raised about it (我要咨询 / 申报).
   */
  public record Figures(long delivered, long read, long confirmed, long applicable, long consultations) {
  }
}
