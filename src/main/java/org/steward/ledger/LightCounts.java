package org.steward.ledger;

/** How many matters of one officer or department are green, yellow and red; {@code id} is the officer id or department code. */
public record LightCounts(String id, String name, int green, int yellow, int red) {
}
