/**
 * 走访: each enterprise has a visit cycle (monthly for key enterprises, quarterly for the others, set otherwise by tag
 * or per enterprise); the {@code visit-cycle} process plans every officer's visits at the start of each month, each an
 * {@code enterprise-visit} instance whose task has a working-day limit and lights; the officer records the visit, and
 * each problem found becomes, with one action, a request raised on behalf of the enterprise and linked to the visit.
 */
package org.steward.visit;
