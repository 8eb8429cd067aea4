/**
 * The supervisors' dashboard (督办看板): lights by department and by officer, the longest-overdue matters and the units'
 * ratings, read from the ledger for the Cockpit plugin. A read model: it changes nothing.
 */
package org.steward.dashboard;
