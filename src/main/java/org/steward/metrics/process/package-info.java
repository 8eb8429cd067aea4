/** The engine's side of the metrics: Camunda's own job-executor counts and the engine's backlog and incidents. */
package org.steward.metrics.process;
