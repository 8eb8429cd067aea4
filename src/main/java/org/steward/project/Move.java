package org.steward.project;

import java.util.Set;

/**
 * What a transition of one of a project's records does: the state it leads to and the states it may start from. The
 * transitions are the only changes of a record's state there are; {@link ProjectTransitions} refuses one out of turn.
 *
 * @param <S> the record's states
 */
record Move<S extends Enum<S>>(S to, Set<S> from) {
}
