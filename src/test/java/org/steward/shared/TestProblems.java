package org.steward.shared;

import java.nio.charset.StandardCharsets;

import org.springframework.context.support.ResourceBundleMessageSource;

/** {@link Problems} for unit tests, worded from {@code messages} and the given capability bundles. */
public final class TestProblems {

  private TestProblems() {
  }

  public static Problems reading(String... capabilityBundles) {
    ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
    messages.setBasenames("messages");
    messages.addBasenames(capabilityBundles);
    messages.setDefaultEncoding(StandardCharsets.UTF_8.name());
    messages.setFallbackToSystemLocale(false);
    return new Problems(messages);
  }
}
