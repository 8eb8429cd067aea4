/**
 * The ledger (台账): every enterprise request with its owner, lead unit, deadlines, light, state and unit ratings, for
 * supervisors and officers. A read model (ADR 0018): it queries the {@code request}, {@code handling_unit},
 * {@code supervision_order} and directory tables directly and changes nothing.
 */
package org.steward.ledger;
