package org.steward.request;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Draws case numbers: {@code QY} + the day + a four-digit number counted per day, never repeated and without gaps,
 * even between concurrent submissions on several nodes.
 */
@Component
class CaseNumbers {

  private static final DateTimeFormatter CASE_DAY = DateTimeFormatter.BASIC_ISO_DATE;

  private static final Logger log = LoggerFactory.getLogger(CaseNumbers.class);

  private final JdbcClient jdbc;
  private final TransactionTemplate ownTransaction;

  CaseNumbers(JdbcClient jdbc, PlatformTransactionManager transactionManager) {
    this.jdbc = jdbc;
    this.ownTransaction = new TransactionTemplate(transactionManager);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /**
   * Makes sure the day's counter row exists, in a transaction of its own (a concurrent creator wins harmlessly). Called
   * before the transaction that draws a number, so that a submission holds one connection at a time: sixteen first
   * submissions of a day never wait for a second connection of a pool of ten that they hold themselves.
   */
  void openDay(LocalDate day) {
    boolean open = jdbc.sql("select count(*) from request_case_counter where counter_day = :day")
        .param("day", day).query(Long.class).single() > 0;
    if (!open) {
      try {
        ownTransaction.executeWithoutResult(status -> jdbc.sql(
                "insert into request_case_counter (counter_day, last_number) values (:day, 0)")
            .param("day", day).update());
      } catch (DuplicateKeyException e) {
        log.debug("Case counter of {} created concurrently", day);
      }
    }
  }

  /**
   * The next case number of the day, to be drawn in the transaction that stores the case: the increment locks the
   * day's counter row until that transaction ends, so numbers never repeat, and a rolled-back submission gives its
   * number back, so they have no gaps.
   */
  String next(LocalDate day) {
    if (increment(day) == 0) {
      openDay(day);
      increment(day);
    }
    int number = jdbc.sql("select last_number from request_case_counter where counter_day = :day")
        .param("day", day).query(Integer.class).single();
    return "QY" + day.format(CASE_DAY) + "-" + String.format("%04d", number);
  }

  private int increment(LocalDate day) {
    return jdbc.sql("update request_case_counter set last_number = last_number + 1 where counter_day = :day")
        .param("day", day).update();
  }
}
