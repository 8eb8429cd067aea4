-- Issue 18, a city's load. The ledger's standing of each open case (ledger.CaseStandings): the light and the nearest
-- open time limit the ledger's rules give it (ledger.Ledger LIGHT and NEXT_DEADLINE), kept by the ledger in the
-- transaction of every write that changes them, so that the ledger's page, its counts by light and the dashboard's
-- figures walk an index instead of aggregating every open case's open units on each call. One row per open case
-- (not CLOSED, WITHDRAWN or NO_RESPONSE); submitted_at is copied so that one index orders the page.
create table ledger_standing (
  case_number   varchar(32) primary key,
  light         varchar(8)  not null,
  next_deadline date,
  submitted_at  timestamp with time zone not null,
  constraint ck_ledger_standing_light check (light in ('GREEN', 'YELLOW', 'RED'))
);

create index ix_ledger_standing_order on ledger_standing (next_deadline, submitted_at, case_number);
create index ix_ledger_standing_light on ledger_standing (light, next_deadline, submitted_at, case_number);

-- The standing of the open cases there are, by the ledger's rules: the open units of each case's latest round.
insert into ledger_standing (case_number, light, next_deadline, submitted_at)
select r.case_number,
       case when r.acknowledged_at is null and r.response_light = 'RED' then 'RED'
            when s.any_red = 1 then 'RED'
            when s.any_yellow = 1 then 'YELLOW'
            when r.acknowledged_at is null and r.response_light = 'YELLOW' then 'YELLOW'
            else 'GREEN' end,
       case when r.acknowledged_at is null then cast(r.response_due as date)
            else coalesce(s.unit_due, r.resolution_due) end,
       r.submitted_at
  from request r
  left join (
    select u.case_number,
           max(case when u.light = 'RED' then 1 else 0 end) as any_red,
           max(case when u.light = 'YELLOW' then 1 else 0 end) as any_yellow,
           min(u.due_date) as unit_due
      from handling_unit u
     where u.state in ('ASSIGNED', 'SIGNED', 'EXTENSION_REQUESTED')
       and u.superseded = false
     group by u.case_number) s on s.case_number = r.case_number
 where r.state not in ('CLOSED', 'WITHDRAWN', 'NO_RESPONSE');
