package org.steward.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

/** One answer of {@code /actuator/prometheus} (Prometheus' text format), read by metric name and labels. */
record Scrape(List<String> lines) {

  static Scrape of(String body) {
    return new Scrape(body.lines().filter(line -> !line.startsWith("#") && !line.isBlank()).toList());
  }

  /** The samples of the metric, whatever their labels. */
  List<String> samples(String name) {
    return lines.stream().filter(line -> line.startsWith(name + "{") || line.startsWith(name + " ")).toList();
  }

  /** The value of the one sample of the metric that carries every label given ({@code light="RED"}). */
  double value(String name, String... labels) {
    List<String> matching = samples(name).stream()
        .filter(line -> Arrays.stream(labels).allMatch(line::contains)).toList();
    assertThat(matching).as("%s %s", name, List.of(labels)).hasSize(1);
    String line = matching.get(0);
    return Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
  }
}
