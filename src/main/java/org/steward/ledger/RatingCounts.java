package org.steward.ledger;

/** How many units of one department are rated done (完成), on track (如期推进) and slow (进展缓慢). */
public record RatingCounts(String department, String name, int done, int onTrack, int slow) {
}
