package org.steward.shared;

import java.io.IOException;

import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;

/**
 * How Steward's API reads JSON: a number is a number of the declared kind ("12" and true are not numbers, 12 is not a
 * text; {@code spring.jackson.deserialization.accept-float-as-int: false} refuses 1.7 for a whole number), and no text
 * holds U+0000, which PostgreSQL can neither store nor compare, and no body is longer than
 * {@value JsonBodies#MAX_LENGTH} characters. A module bean, so that web slice tests read alike.
 */
@Component
class StrictJsonModule extends SimpleModule {

  StrictJsonModule() {
    super("steward-strict-json");
    addDeserializer(String.class, new TextDeserializer());
  }

  @Override
  public void setupModule(SetupContext context) {
    super.setupModule(context);
    ObjectMapper mapper = context.getOwner();
    // a larger body is refused (413, ProblemAdvice) before it is held in memory whole
    mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
        .maxDocumentLength(JsonBodies.MAX_LENGTH).build());
    for (LogicalType number : new LogicalType[] {LogicalType.Integer, LogicalType.Float}) {
      mapper.coercionConfigFor(number)
          .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
          .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
          .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
    }
    mapper.coercionConfigFor(LogicalType.Textual)
        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
    mapper.coercionConfigFor(LogicalType.Boolean)
        .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
  }

  /** Jackson's texts, refusing U+0000 with the field's path ({@link NulInText}). */
  static final class TextDeserializer extends StringDeserializer {

    @Override
    public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      String text = super.deserialize(p, ctxt);
      if (text != null && text.indexOf('\0') >= 0) {
        throw new NulInText(p, text);
      }
      return text;
    }
  }

  /** A text of the body holds U+0000. */
  static final class NulInText extends InvalidFormatException {

    NulInText(JsonParser p, String text) {
      super(p, "text contains U+0000", text, String.class);
    }
  }
}
