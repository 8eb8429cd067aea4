package org.steward.request;

/** A case moved to another state (any move of {@link RequestTransition}); those who follow the case are told. */
public record RequestStateChanged(String caseNumber, RequestState state) {
}
