/**
 * Engine configuration only: how models reach the engine, the Tasklist filters, calendars and engine plugins. No
 * business rules live here.
 */
package org.steward.workflow;
