/** The timeline of a case: every step, what happened, who did it and when, in the order it happened. */
package org.steward.timeline;
