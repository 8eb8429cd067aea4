/**
 * Working-day calendar (工作日历): the official holiday schedule with its swapped working days (调休), maintained by
 * administrators, and the working-day arithmetic every deadline in Steward uses.
 */
package org.steward.calendar;
