package org.steward.shared;

import java.util.List;

import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Links the records of instances that were running when Steward learnt to link them (Flyway V16), so that their later
 * steps, which find their record by their own process instance only, go on where they stood. Idempotent: a linked
 * record is never touched again.
 */
@Component
@Order(10)
@RequiredArgsConstructor
class EarlierInstanceLinks implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(EarlierInstanceLinks.class);

  private final List<InstanceLinks<?>> links;

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    for (InstanceLinks<?> link : links) {
      int linked = link.linkEarlierInstances();
      if (linked > 0) {
        log.info("Linked {} records of {} to the instances that were already running on them", linked,
            link.getClass().getSimpleName());
      }
    }
  }
}
