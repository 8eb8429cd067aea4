package org.steward.request;

/**
 * What a request is about (诉求类别), kept as data ({@link Categories}): the code goes into the routing table, the
 * label to people.
 */
public record Category(String code, String label) {
}
