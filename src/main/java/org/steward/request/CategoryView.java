package org.steward.request;

/** A category as {@code GET /api/requests/categories} lists it. */
public record CategoryView(String code, String label) {
}
