package org.steward.metrics.process;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.management.Metrics;
import org.junit.jupiter.api.Test;

class TotalingMetricsRegistryTests {

  private final TotalingMetricsRegistry registry = new TotalingMetricsRegistry();

  @Test
  void camundasReport_clearsItsCount_butNotTheTotal() {
    registry.createDbMeter(Metrics.JOB_SUCCESSFUL);
    registry.markOccurrence(Metrics.JOB_SUCCESSFUL);
    registry.markOccurrence(Metrics.JOB_SUCCESSFUL, 2);

    // what the engine's DbMetricsReporter does every 15 minutes
    long reported = registry.getDbMeterByName(Metrics.JOB_SUCCESSFUL).getAndClear();
    registry.getDbMeterByName(Metrics.JOB_SUCCESSFUL).mark();

    assertThat(reported).isEqualTo(3);
    assertThat(registry.getDbMeterByName(Metrics.JOB_SUCCESSFUL).get()).isEqualTo(1);
    assertThat(registry.total(Metrics.JOB_SUCCESSFUL)).isEqualTo(4);
  }

  @Test
  void meterTheEngineDoesNotHave_totalsZero() {
    assertThat(registry.total(Metrics.JOB_FAILED)).isZero();
  }

  @Test
  void metersAlsoKeptForDiagnostics_total() {
    registry.createMeter(Metrics.ROOT_PROCESS_INSTANCE_START);
    registry.markOccurrence(Metrics.ROOT_PROCESS_INSTANCE_START);

    assertThat(registry.total(Metrics.ROOT_PROCESS_INSTANCE_START)).isEqualTo(1);
    assertThat(registry.getDiagnosticsMeters()).containsKey(Metrics.ROOT_PROCESS_INSTANCE_START);
  }
}
