package org.steward.ledger;

/** How many matters of one officer or department ({@code id}: user id or department code) are green, yellow, red. */
public record LightCounts(String id, String name, int green, int yellow, int red) {
}
