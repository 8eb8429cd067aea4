package org.steward.metrics.process;

import java.time.Clock;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;
import org.steward.metrics.CachedReading;
import org.steward.metrics.MetricsProperties;
import org.steward.workflow.SystemContext;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * The engine's state as gauges, the whole installation's (every node reports the same figure): jobs due and not yet
 * done (the job executor's backlog: timers, asynchronous steps, retries whose time has come) and open incidents.
 * Each is one count query, at most once per {@code steward.metrics.max-age}, without authorization checks.
 */
@Component
class EngineMeters {

  /** Jobs due now (due date passed or none, retries left, not suspended), whether or not a node has locked them. */
  static final String DUE = "steward.jobs.due";
  /** Open incidents (a job out of retries, among others): each one a case stuck until someone acts in Cockpit. */
  static final String INCIDENTS = "steward.incidents.open";

  EngineMeters(ManagementService management, RuntimeService runtime, SystemContext system,
      MetricsProperties properties, MeterRegistry meters) {
    CachedReading<Long> due = new CachedReading<>(DUE,
        () -> system.call(() -> management.createJobQuery().executable().active().count()), properties.maxAge(),
        Clock.systemUTC());
    Gauge.builder(DUE, due, reading -> reading.number(Long::doubleValue))
        .description("Jobs due and not yet executed").strongReference(true).register(meters);
    CachedReading<Long> incidents = new CachedReading<>(INCIDENTS,
        () -> system.call(() -> runtime.createIncidentQuery().count()), properties.maxAge(), Clock.systemUTC());
    Gauge.builder(INCIDENTS, incidents, reading -> reading.number(Long::doubleValue))
        .description("Open incidents").strongReference(true).register(meters);
  }
}
