package org.steward.shared;

import org.springframework.http.HttpStatus;

/**
 * A request that Steward refuses for a business reason. The {@code code} names the problem; its Chinese and English
 * title and detail come from {@code messages*.properties} under {@code problem.<code>.title|detail}.
 */
public class StewardException extends RuntimeException {

  private final HttpStatus status;
  private final String code;
  private final transient Object[] args;

  public StewardException(HttpStatus status, String code, Object... args) {
    super(code);
    this.status = status;
    this.code = code;
    this.args = args;
  }

  public HttpStatus status() {
    return status;
  }

  public String code() {
    return code;
  }

  public Object[] args() {
    return args.clone();
  }
}
