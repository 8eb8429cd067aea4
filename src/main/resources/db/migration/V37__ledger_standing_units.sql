-- Issue 18, a city's load. The dashboard's figures of the open cases, kept with their standings (ledger.CaseStandings)
-- in the same transaction as every write that changes them: each open case's officer, and per open case and
-- department the units of the case's latest round, the open ones by light and all of them by the ledger's rating
-- (ledger.Ledger RATING: final once given, SLOW while red, ON_TRACK otherwise, none for a returned unit). The
-- dashboard then groups these rows instead of every open case's units and requests.
alter table ledger_standing add column officer_id varchar(64);

update ledger_standing
   set officer_id = (select r.officer_id from request r where r.case_number = ledger_standing.case_number);

create table ledger_standing_unit (
  case_number     varchar(32) not null,
  department_code varchar(32) not null,
  green           int         not null,
  yellow          int         not null,
  red             int         not null,
  done            int         not null,
  on_track        int         not null,
  slow            int         not null,
  constraint pk_ledger_standing_unit primary key (case_number, department_code)
);

insert into ledger_standing_unit (case_number, department_code, green, yellow, red, done, on_track, slow)
select u.case_number, u.department_code,
       sum(case when u.state in ('ASSIGNED', 'SIGNED', 'EXTENSION_REQUESTED') and u.light = 'GREEN' then 1 else 0 end),
       sum(case when u.state in ('ASSIGNED', 'SIGNED', 'EXTENSION_REQUESTED') and u.light = 'YELLOW' then 1 else 0 end),
       sum(case when u.state in ('ASSIGNED', 'SIGNED', 'EXTENSION_REQUESTED') and u.light = 'RED' then 1 else 0 end),
       sum(case when (case when u.state = 'RETURNED' then null when u.state = 'WITHDRAWN' then u.rating
                     when u.rating is not null then u.rating when u.light = 'RED' then 'SLOW' else 'ON_TRACK' end) = 'DONE' then 1 else 0 end),
       sum(case when (case when u.state = 'RETURNED' then null when u.state = 'WITHDRAWN' then u.rating
                     when u.rating is not null then u.rating when u.light = 'RED' then 'SLOW' else 'ON_TRACK' end) = 'ON_TRACK' then 1 else 0 end),
       sum(case when (case when u.state = 'RETURNED' then null when u.state = 'WITHDRAWN' then u.rating
                     when u.rating is not null then u.rating when u.light = 'RED' then 'SLOW' else 'ON_TRACK' end) = 'SLOW' then 1 else 0 end)
  from handling_unit u
  join ledger_standing st on st.case_number = u.case_number
 where u.superseded = false
 group by u.case_number, u.department_code;
