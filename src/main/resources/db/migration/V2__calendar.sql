-- Working-day calendar: the official holiday schedule (节假日安排) per year, maintained by administrators.
-- Only exceptions to Monday–Friday are stored: every day of a holiday range is an off-day (working = false), and each
-- swapped weekend working day (调休上班) is a working day (working = true). A year without a row in calendar_year
-- falls back to Monday–Friday.
-- Column names avoid YEAR/DATE/DAY, which are keywords in H2 2.x.

create table calendar_year (
  schedule_year int          not null primary key,
  source        varchar(500) not null,
  updated_at    timestamp with time zone not null,
  updated_by    varchar(100) not null
);

create table calendar_day (
  calendar_date date         not null primary key,
  schedule_year int          not null references calendar_year (schedule_year),
  working       boolean      not null,
  name          varchar(100) not null
);

create index calendar_day_schedule_year on calendar_day (schedule_year);

-- 2025: 国办发明电〔2024〕12号
insert into calendar_year (schedule_year, source, updated_at, updated_by)
values (2025, '国务院办公厅关于2025年部分节假日安排的通知 (2024-11-12)', current_timestamp, 'flyway');

insert into calendar_day (calendar_date, schedule_year, working, name) values
  (date '2025-01-01', 2025, false, '元旦'),
  (date '2025-01-26', 2025, true,  '春节调休上班'),
  (date '2025-01-28', 2025, false, '春节'),
  (date '2025-01-29', 2025, false, '春节'),
  (date '2025-01-30', 2025, false, '春节'),
  (date '2025-01-31', 2025, false, '春节'),
  (date '2025-02-01', 2025, false, '春节'),
  (date '2025-02-02', 2025, false, '春节'),
  (date '2025-02-03', 2025, false, '春节'),
  (date '2025-02-04', 2025, false, '春节'),
  (date '2025-02-08', 2025, true,  '春节调休上班'),
  (date '2025-04-04', 2025, false, '清明节'),
  (date '2025-04-05', 2025, false, '清明节'),
  (date '2025-04-06', 2025, false, '清明节'),
  (date '2025-04-27', 2025, true,  '劳动节调休上班'),
  (date '2025-05-01', 2025, false, '劳动节'),
  (date '2025-05-02', 2025, false, '劳动节'),
  (date '2025-05-03', 2025, false, '劳动节'),
  (date '2025-05-04', 2025, false, '劳动节'),
  (date '2025-05-05', 2025, false, '劳动节'),
  (date '2025-05-31', 2025, false, '端午节'),
  (date '2025-06-01', 2025, false, '端午节'),
  (date '2025-06-02', 2025, false, '端午节'),
  (date '2025-09-28', 2025, true,  '国庆节、中秋节调休上班'),
  (date '2025-10-01', 2025, false, '国庆节、中秋节'),
  (date '2025-10-02', 2025, false, '国庆节、中秋节'),
  (date '2025-10-03', 2025, false, '国庆节、中秋节'),
  (date '2025-10-04', 2025, false, '国庆节、中秋节'),
  (date '2025-10-05', 2025, false, '国庆节、中秋节'),
  (date '2025-10-06', 2025, false, '国庆节、中秋节'),
  (date '2025-10-07', 2025, false, '国庆节、中秋节'),
  (date '2025-10-08', 2025, false, '国庆节、中秋节'),
  (date '2025-10-11', 2025, true,  '国庆节、中秋节调休上班');

-- 2026: notice of 2025-11-04
insert into calendar_year (schedule_year, source, updated_at, updated_by)
values (2026, '国务院办公厅关于2026年部分节假日安排的通知 (2025-11-04)', current_timestamp, 'flyway');

insert into calendar_day (calendar_date, schedule_year, working, name) values
  (date '2026-01-01', 2026, false, '元旦'),
  (date '2026-01-02', 2026, false, '元旦'),
  (date '2026-01-03', 2026, false, '元旦'),
  (date '2026-01-04', 2026, true,  '元旦调休上班'),
  (date '2026-02-14', 2026, true,  '春节调休上班'),
  (date '2026-02-15', 2026, false, '春节'),
  (date '2026-02-16', 2026, false, '春节'),
  (date '2026-02-17', 2026, false, '春节'),
  (date '2026-02-18', 2026, false, '春节'),
  (date '2026-02-19', 2026, false, '春节'),
  (date '2026-02-20', 2026, false, '春节'),
  (date '2026-02-21', 2026, false, '春节'),
  (date '2026-02-22', 2026, false, '春节'),
  (date '2026-02-23', 2026, false, '春节'),
  (date '2026-02-28', 2026, true,  '春节调休上班'),
  (date '2026-04-04', 2026, false, '清明节'),
  (date '2026-04-05', 2026, false, '清明节'),
  (date '2026-04-06', 2026, false, '清明节'),
  (date '2026-05-01', 2026, false, '劳动节'),
  (date '2026-05-02', 2026, false, '劳动节'),
  (date '2026-05-03', 2026, false, '劳动节'),
  (date '2026-05-04', 2026, false, '劳动节'),
  (date '2026-05-05', 2026, false, '劳动节'),
  (date '2026-05-09', 2026, true,  '劳动节调休上班'),
  (date '2026-06-19', 2026, false, '端午节'),
  (date '2026-06-20', 2026, false, '端午节'),
  (date '2026-06-21', 2026, false, '端午节'),
  (date '2026-09-20', 2026, true,  '国庆节调休上班'),
  (date '2026-09-25', 2026, false, '中秋节'),
  (date '2026-09-26', 2026, false, '中秋节'),
  (date '2026-09-27', 2026, false, '中秋节'),
  (date '2026-10-01', 2026, false, '国庆节'),
  (date '2026-10-02', 2026, false, '国庆节'),
  (date '2026-10-03', 2026, false, '国庆节'),
  (date '2026-10-04', 2026, false, '国庆节'),
  (date '2026-10-05', 2026, false, '国庆节'),
  (date '2026-10-06', 2026, false, '国庆节'),
  (date '2026-10-07', 2026, false, '国庆节'),
  (date '2026-10-10', 2026, true,  '国庆节调休上班');
