/**
 * The ledger (台账): every enterprise request with its owner, lead unit, deadlines, light, state and unit ratings, for
 * supervisors and officers. A read model (ADR 0018): it queries the {@code request}, {@code handling_unit},
 * {@code supervision_order} and directory tables directly and changes none of them. It writes only its own table
 * {@code ledger_ended_day} (ADR 0021): the ended cases' figures per day, added in the transaction that ends a case
 * ({@link org.steward.ledger.EndedCaseFigures}).
 */
package org.steward.ledger;
