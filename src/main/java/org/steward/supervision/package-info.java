/** Supervision (督办): the record of every matter put under a supervisor's watch, why, and how it was closed. */
package org.steward.supervision;
