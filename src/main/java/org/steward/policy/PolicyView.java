package org.steward.policy;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.steward.directory.TargetRule;

/**
 * A policy as staff see it, with its figures. {@code delivering}: published and still being delivered (the delivery
 * runs in batches after publishing; {@code figures.delivered} grows until it is false).
 */
public record PolicyView(long id, String title, String issuingDepartment, String summary, String body,
    LocalDate validFrom, LocalDate validTo, int confirmDays, PolicyState state, boolean delivering, TargetRule target,
    String createdBy,
    OffsetDateTime createdAt, String publishedBy, OffsetDateTime publishedAt, Figures figures) {

  /**
   * How far the policy got: enterprises it reached, of them those that read it, key enterprises' confirmations made
   * and among them those it applies to, and the requests enterprises raised about it (我要咨询 / 申报).
   */
  public record Figures(long delivered, long read, long confirmed, long applicable, long consultations) {
  }
}
