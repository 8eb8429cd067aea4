package org.steward.handling;

/**
 * The handling units of a case changed in a way its light, nearest time limit or figures by department may follow: a
 * unit moved, its due date or light was stored, or a handover opened the case's next round. Published in the same
 * transaction after the write, so that those who keep figures of the units (the ledger) read them as written.
 */
public record UnitsChanged(String caseNumber) {
}
