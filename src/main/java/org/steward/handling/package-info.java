/**
 * Department handling (部门办理): the units a case is handed over to, their working-day deadlines, lights, ratings,
 * extensions, returns (退单) and supervision on red.
 */
package org.steward.handling;
