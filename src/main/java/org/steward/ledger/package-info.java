/**
 * The ledger (台账): every enterprise request with its owner, lead unit, deadlines, light, state and unit ratings, for
 * supervisors and officers. A read model (ADR 0018): it queries the {@code request}, {@code handling_unit},
 * {@code supervision_order} and directory tables directly and changes none of them. It writes only tables of its own
 * (ADR 0021), in the transaction of the owners' writes, told by their events: {@code ledger_standing}, each open
 * case's light, nearest time limit, officer and state, with {@code ledger_standing_unit}, its units per department
 * ({@link org.steward.ledger.CaseStandings}), and {@code ledger_ended_day}, the ended cases' figures per day
 * ({@link org.steward.ledger.EndedCaseFigures}).
 */
package org.steward.ledger;
