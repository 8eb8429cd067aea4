package org.steward.workflow;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.impl.calendar.CycleBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DueDateBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DurationBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.MapBusinessCalendarManager;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.steward.calendar.WorkingDayCalendar;

/**
 * Lets designers write working-day durations ({@code P3WD}) in timer durations, timer dates, {@code camunda:dueDate}
 * and {@code camunda:followUpDate}; the Spring Boot starter applies every {@code ProcessEnginePlugin} bean.
 */
@Component
@RequiredArgsConstructor
public class WorkingDayBusinessCalendarPlugin extends AbstractProcessEnginePlugin {

  private static final Logger log = LoggerFactory.getLogger(WorkingDayBusinessCalendarPlugin.class);

  private final WorkingDayCalendar calendar;

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    MapBusinessCalendarManager calendars = new MapBusinessCalendarManager();
    // timeDuration of timer events
    calendars.addBusinessCalendar(DurationBusinessCalendar.NAME,
        new WorkingDayBusinessCalendar(calendar, new DurationBusinessCalendar()));
    // camunda:dueDate, camunda:followUpDate and timeDate of timer events
    calendars.addBusinessCalendar(DueDateBusinessCalendar.NAME,
        new WorkingDayBusinessCalendar(calendar, new DueDateBusinessCalendar()));
    // timeCycle stays standard: TimerEntity casts this calendar to CycleBusinessCalendar when a cycle repeats
    calendars.addBusinessCalendar(CycleBusinessCalendar.NAME, new CycleBusinessCalendar());
    configuration.setBusinessCalendarManager(calendars);
    log.info("Working-day business calendar registered: P<n>WD in timer durations and dates, due and follow-up dates");
  }
}
