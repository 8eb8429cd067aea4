package org.steward;

import java.util.TimeZone;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Steward (服务管家): case management for chief service officer schemes, on an embedded Camunda 7 engine. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class StewardApplication {

  /** Deadlines, holidays and office hours are those of mainland China, whatever the host's zone. */
  public static final String TIME_ZONE = "Asia/Shanghai";

  public static void main(String[] args) {
    TimeZone.setDefault(TimeZone.getTimeZone(TIME_ZONE));
    SpringApplication.run(StewardApplication.class, args);
  }
}
