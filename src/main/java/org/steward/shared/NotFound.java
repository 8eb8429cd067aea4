package org.steward.shared;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.http.HttpStatus;

/**
 * Something a request names does not exist. The kind (e.g. {@code enterprise}) is resolved as {@code kind.<kind>} in
 * each language.
 */
public class NotFound extends StewardException {

  public NotFound(String kind, Object id) {
    super(HttpStatus.NOT_FOUND, "not-found", new DefaultMessageSourceResolvable("kind." + kind), String.valueOf(id));
  }
}
