package org.steward.workflow;

import java.nio.charset.StandardCharsets;

import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * Task refusals for scenario tests, reading the shared bundle and the capabilities' bundles as the application does.
 */
public final class TestTaskRefusals {

  private TestTaskRefusals() {
  }

  /** Refusals worded from {@code messages} and the given capability bundles (e.g. {@code messages-request}). */
  public static TaskRefusals reading(String... capabilityBundles) {
    ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
    messages.setBasenames("messages");
    messages.addBasenames(capabilityBundles);
    messages.setDefaultEncoding(StandardCharsets.UTF_8.name());
    messages.setFallbackToSystemLocale(false);
    return new TaskRefusals(messages);
  }
}
