/**
 * The ledger (台账): every enterprise request with its owner, lead unit, deadlines, light, state and unit ratings, for
 * supervisors and officers. A read model: it queries the request and handling tables directly and changes nothing.
 */
package org.steward.ledger;
