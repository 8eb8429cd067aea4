package org.steward.metrics.process;

import java.util.concurrent.atomic.AtomicLong;

import org.camunda.bpm.engine.impl.metrics.Meter;
import org.camunda.bpm.engine.impl.metrics.MetricsRegistry;

/**
 * Camunda's metrics registry whose database meters also keep a running total. Camunda's meters count only since the
 * engine last wrote them to {@code ACT_RU_METER_LOG} (every 15 minutes) and start again at 0; Prometheus wants counters
 * that only grow, so each meter counts twice: for Camunda's report as before, and in a total that is never cleared.
 */
final class TotalingMetricsRegistry extends MetricsRegistry {

  @Override
  public void createDbMeter(String name) {
    getDbMeters().put(name, new TotalingMeter(name));
  }

  @Override
  public void createMeter(String name) {
    super.createMeter(name);
    getDbMeters().put(name, new TotalingMeter(name));
  }

  /** Everything the meter of that name counted since the engine started; 0 for a meter the engine does not have. */
  long total(String name) {
    return getDbMeters().get(name) instanceof TotalingMeter meter ? meter.total() : 0;
  }

  /** A Camunda meter with a total beside its count. */
  private static final class TotalingMeter extends Meter {

    private final AtomicLong total = new AtomicLong();

    TotalingMeter(String name) {
      super(name);
    }

    @Override
    public void mark() {
      markTimes(1);
    }

    @Override
    public void markTimes(long times) {
      super.markTimes(times);
      total.addAndGet(times);
    }

    long total() {
      return total.get();
    }
  }
}
