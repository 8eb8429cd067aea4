package org.steward.security.web;

import org.camunda.bpm.engine.rest.mapper.JacksonConfigurator;
import org.steward.shared.JsonBodies;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;

/**
 * Engine-rest's JSON as Camunda configures it, with a key twice in one object refused (400) instead of the last value
 * winning, as Steward's API refuses it: a completion cannot carry a second value of a variable past whoever reads the
 * first. Bodies are as long as on Steward's API at most ({@link JsonBodies#MAX_LENGTH}). One mapper, configured once.
 */
@Provider
@Produces(MediaType.APPLICATION_JSON)
class StrictEngineJson extends JacksonConfigurator {

  private static final ObjectMapper MAPPER = configureObjectMapper(new ObjectMapper(JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder().maxDocumentLength(JsonBodies.MAX_LENGTH).build())
      .build())).enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

  @Override
  public ObjectMapper getContext(Class<?> type) {
    return MAPPER;
  }
}
