package org.steward.calendar;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The application's calendar reads and writes the schedules in Steward's own tables. */
@Configuration(proxyBeanMethods = false)
class CalendarConfiguration {

  @Bean
  WorkingDayCalendar workingDayCalendar(JdbcClient jdbc, PlatformTransactionManager transactionManager,
      CalendarProperties properties) {
    return new WorkingDayCalendar(new JdbcHolidaySchedules(jdbc, new TransactionTemplate(transactionManager)),
        properties.cacheRefresh(), Clock.systemUTC());
  }
}
