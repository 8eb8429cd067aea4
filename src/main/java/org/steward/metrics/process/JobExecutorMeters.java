package org.steward.metrics.process;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.management.Metrics;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

/**
 * Camunda's own counts of the job executor on this node (the ones Cockpit's metrics and {@code ACT_RU_METER_LOG}
 * hold) as counters: acquisition attempts, jobs acquired, jobs another node locked first, jobs executed (successful or
 * failed attempt) and jobs the executor's queue rejected. Steward counts nothing itself; it reads Camunda's meters
 * through {@link TotalingMetricsRegistry}, installed before the engine is built.
 */
@Component
class JobExecutorMeters extends AbstractProcessEnginePlugin implements MeterBinder {

  /** Jobs this node's job executor acquired. */
  static final String ACQUIRED = "steward.jobs.acquired";
  /** Acquisition rounds of this node's job executor. */
  static final String ACQUISITION_ATTEMPTS = "steward.jobs.acquisition.attempts";
  /** Jobs this node meant to acquire that another node locked first (optimistic locking): a cluster's contention. */
  static final String ACQUISITION_CONFLICTS = "steward.jobs.acquisition.conflicts";
  /** Jobs executed on this node, by outcome: {@code successful}, or {@code failed} (each failed attempt). */
  static final String EXECUTED = "steward.jobs.executed";
  /** Acquired jobs the executor's queue had no room for (they are tried again): the executor is saturated. */
  static final String REJECTED = "steward.jobs.rejected";

  private final TotalingMetricsRegistry camunda = new TotalingMetricsRegistry();

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setMetricsRegistry(camunda);
  }

  @Override
  public void bindTo(MeterRegistry meters) {
    counter(ACQUIRED, Metrics.JOB_ACQUIRED_SUCCESS, "Jobs acquired (Camunda's job-acquired-success)")
        .register(meters);
    counter(ACQUISITION_ATTEMPTS, Metrics.JOB_ACQUISITION_ATTEMPT,
        "Job acquisition rounds (Camunda's job-acquisition-attempt)").register(meters);
    counter(ACQUISITION_CONFLICTS, Metrics.JOB_ACQUIRED_FAILURE,
        "Jobs another node locked first (Camunda's job-acquired-failure)").register(meters);
    String executed = "Jobs executed, by outcome (Camunda's job-successful and job-failed)";
    counter(EXECUTED, Metrics.JOB_SUCCESSFUL, executed).tag("outcome", "successful").register(meters);
    counter(EXECUTED, Metrics.JOB_FAILED, executed).tag("outcome", "failed").register(meters);
    counter(REJECTED, Metrics.JOB_EXECUTION_REJECTED,
        "Jobs the executor's queue rejected (Camunda's job-execution-rejected)").register(meters);
  }

  private FunctionCounter.Builder<TotalingMetricsRegistry> counter(String name, String camundaMeter,
      String description) {
    return FunctionCounter.builder(name, camunda, registry -> registry.total(camundaMeter)).description(description);
  }
}
