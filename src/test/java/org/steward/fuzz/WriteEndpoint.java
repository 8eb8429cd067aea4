package org.steward.fuzz;

import org.springframework.http.HttpMethod;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A write endpoint of {@code /api}: its method, its path template and the path filled in, and a valid body (or null).
 */
record WriteEndpoint(HttpMethod method, String template, String path, ObjectNode validBody) {
}
