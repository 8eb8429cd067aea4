/**
 * Metrics for operators (运行监控): the job executor, incidents, open matters by light, intake and the notification
 * backlog as {@code steward.*} meters, read by Prometheus at {@code /actuator/prometheus} (docs/operations.md).
 */
package org.steward.metrics;
