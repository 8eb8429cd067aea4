/**
 * Deadlines (办理时限): the one light (GREEN, YELLOW, RED) and the one rule for when a deadline warns (黄灯预警) and
 * when it is missed (红灯), counted in working days.
 */
package org.steward.deadline;
