package org.steward.shared;

import java.util.Optional;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;

/**
 * JSON bodies as every door reads them ({@code /api}, engine-rest, the webapps' engine API): how long one may be, and
 * what went wrong reading one: too long, or a key twice in one object (and where), or otherwise unreadable.
 */
public final class JsonBodies {

  /** The longest JSON body read, in characters: ten times a policy's body or a survey's form at their limits. */
  public static final long MAX_LENGTH = 2_000_000;

  private JsonBodies() {
  }

  /** Whether Jackson stopped at its document length limit, wherever in the causes it noticed. */
  public static boolean tooLong(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
      if (cause instanceof StreamConstraintsException limit && limit.getMessage() != null
          && limit.getMessage().startsWith("Document length")) {
        return true;
      }
    }
    return false;
  }

  /** The field a key came twice in, named as Steward names fields ({@code problems[0].title}), if that failed. */
  public static Optional<String> duplicatedKey(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
      if (cause instanceof StreamReadException read && read.getProcessor() != null
          && read.getMessage() != null && read.getMessage().startsWith("Duplicate field")) {
        return Optional.of(field(read.getProcessor().getParsingContext().pathAsPointer()));
      }
    }
    return Optional.empty();
  }

  private static String field(JsonPointer pointer) {
    StringBuilder field = new StringBuilder();
    for (JsonPointer step = pointer; !step.matches(); step = step.tail()) {
      if (step.mayMatchElement()) {
        field.append('[').append(step.getMatchingIndex()).append(']');
      } else {
        field.append(field.isEmpty() ? "" : ".").append(step.getMatchingProperty());
      }
    }
    return field.isEmpty() ? "body" : field.toString();
  }
}
