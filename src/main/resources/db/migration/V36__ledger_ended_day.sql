-- Issue 18, a city's year report. The figures of the ended cases (CLOSED, WITHDRAWN, NO_RESPONSE: final states) per
-- day of submission (Asia/Shanghai) and dimension (OFFICER, AREA, CATEGORY, DEPARTMENT; group_key '' for no officer or
-- no area), owned by the ledger (ADR 0021) and kept by org.steward.ledger.EndedCaseFigures: a case's figures are added
-- once, when it ends, in the transaction that ends it. The report (its figures: docs/reports.md) and the dashboard's
-- ratings by department read these rows for the ended cases and only the open ones live. A department's rows count the
-- requests it had a unit on and its own units: rated_* over every round (the report), latest_* over the latest round
-- (the dashboard). Rows of zeros (a key inserted first on its own) are harmless.
create table ledger_ended_day (
  submitted_on     date         not null,
  dimension        varchar(16)  not null,
  group_key        varchar(200) not null,
  collected        bigint default 0 not null,
  on_spot          bigint default 0 not null,
  tracked          bigint default 0 not null,
  closed           bigint default 0 not null,
  withdrawn        bigint default 0 not null,
  no_response      bigint default 0 not null,
  answered         bigint default 0 not null,
  response_seconds double precision default 0 not null,
  answered_in_time bigint default 0 not null,
  answerable       bigint default 0 not null,
  reopened         bigint default 0 not null,
  rated            bigint default 0 not null,
  satisfied        bigint default 0 not null,
  judged           bigint default 0 not null,
  on_time          bigint default 0 not null,
  urges            bigint default 0 not null,
  urged            bigint default 0 not null,
  rated_done       bigint default 0 not null,
  rated_on_track   bigint default 0 not null,
  rated_slow       bigint default 0 not null,
  latest_done      bigint default 0 not null,
  latest_on_track  bigint default 0 not null,
  latest_slow      bigint default 0 not null,
  constraint pk_ledger_ended_day primary key (submitted_on, dimension, group_key),
  constraint ck_ledger_ended_day_dimension check (dimension in ('OFFICER', 'AREA', 'CATEGORY', 'DEPARTMENT'))
);

-- The ended cases of today, as EndedCaseFigures.rebuild() computes them (the SQL of that class as of this version,
-- "answerable" judged at each case's end).
insert into ledger_ended_day (submitted_on, dimension, group_key,
  collected, on_spot, tracked, closed, withdrawn, no_response, answered, response_seconds, answered_in_time, answerable,
  reopened, rated, satisfied, judged, on_time, urges, urged, rated_done, rated_on_track, rated_slow, latest_done, latest_on_track, latest_slow)
select submitted_on, dimension, group_key, collected, on_spot, tracked, closed, withdrawn, no_response, answered,
    response_seconds, answered_in_time, answerable, reopened, rated, satisfied, judged, on_time, urges, urged,
    0 as rated_done, 0 as rated_on_track, 0 as rated_slow, 0 as latest_done, 0 as latest_on_track,
    0 as latest_slow from (select cast(substring(cast(r.submitted_at at time zone 'Asia/Shanghai' as varchar(40)),
    1, 10) as date) as submitted_on, 'OFFICER' as dimension, coalesce(r.officer_id, '') as group_key,
    count(*) as collected,
sum(case when r.outcome = 'RESOLVED_DIRECTLY' then 1 else 0 end) as on_spot,
sum(case when r.outcome = 'TRACKED' then 1 else 0 end) as tracked,
sum(case when r.state = 'CLOSED' then 1 else 0 end) as closed,
sum(case when r.state = 'WITHDRAWN' then 1 else 0 end) as withdrawn,
sum(case when r.state = 'NO_RESPONSE' then 1 else 0 end) as no_response,
sum(case when r.acknowledged_at is not null then 1 else 0 end) as answered,
coalesce(sum(case when r.acknowledged_at is not null
         then extract(epoch from r.acknowledged_at) - extract(epoch from r.submitted_at) end), 0)
  as response_seconds,
sum(case when r.acknowledged_at <= r.response_due then 1 else 0 end) as answered_in_time,
sum(case when r.acknowledged_at is not null or r.response_due < coalesce(r.closed_at,
    current_timestamp) then 1 else 0 end)
  as answerable,
sum(case when r.reopen_count > 0 then 1 else 0 end) as reopened,
sum(case when r.satisfaction is not null then 1 else 0 end) as rated,
sum(case when r.satisfaction in ('SATISFIED', 'BASICALLY_SATISFIED') then 1 else 0 end) as satisfied,
    coalesce(sum(uc.judged), 0) as judged, coalesce(sum(uc.on_time), 0) as on_time,
  coalesce(sum(gc.urges), 0) as urges, sum(case when gc.urges > 0 then 1 else 0 end) as urged
  from request r left join directory_enterprise e on e.id = r.enterprise_id
  left join (select u.case_number, sum(case when u.state = 'FEEDBACK_GIVEN' or (u.state in ('ASSIGNED', 'SIGNED',
    'EXTENSION_REQUESTED') and u.due_date < current_date) then 1 else 0 end) as judged,
sum(case when u.state = 'FEEDBACK_GIVEN' and u.rating = 'DONE' then 1 else 0 end) as on_time from handling_unit u join request r on r.case_number = u.case_number
              where r.state in ('CLOSED', 'WITHDRAWN',
    'NO_RESPONSE') group by u.case_number) uc on uc.case_number = r.case_number
  left join (select g.case_number,
    count(*) as urges from urge g join request r on r.case_number = g.case_number where r.state in ('CLOSED',
    'WITHDRAWN', 'NO_RESPONSE') group by g.case_number) gc on gc.case_number = r.case_number
 where r.state in ('CLOSED', 'WITHDRAWN',
    'NO_RESPONSE') group by cast(substring(cast(r.submitted_at at time zone 'Asia/Shanghai' as varchar(40)), 1,
    10) as date), coalesce(r.officer_id, '')) c union all select submitted_on, dimension, group_key, collected,
    on_spot, tracked, closed, withdrawn, no_response, answered, response_seconds, answered_in_time, answerable,
    reopened, rated, satisfied, judged, on_time, urges, urged, 0 as rated_done, 0 as rated_on_track,
    0 as rated_slow, 0 as latest_done, 0 as latest_on_track,
    0 as latest_slow from (select cast(substring(cast(r.submitted_at at time zone 'Asia/Shanghai' as varchar(40)),
    1, 10) as date) as submitted_on, 'AREA' as dimension, coalesce(e.area, '') as group_key, count(*) as collected,
sum(case when r.outcome = 'RESOLVED_DIRECTLY' then 1 else 0 end) as on_spot,
sum(case when r.outcome = 'TRACKED' then 1 else 0 end) as tracked,
sum(case when r.state = 'CLOSED' then 1 else 0 end) as closed,
sum(case when r.state = 'WITHDRAWN' then 1 else 0 end) as withdrawn,
sum(case when r.state = 'NO_RESPONSE' then 1 else 0 end) as no_response,
sum(case when r.acknowledged_at is not null then 1 else 0 end) as answered,
coalesce(sum(case when r.acknowledged_at is not null
         then extract(epoch from r.acknowledged_at) - extract(epoch from r.submitted_at) end), 0)
  as response_seconds,
sum(case when r.acknowledged_at <= r.response_due then 1 else 0 end) as answered_in_time,
sum(case when r.acknowledged_at is not null or r.response_due < coalesce(r.closed_at,
    current_timestamp) then 1 else 0 end)
  as answerable,
sum(case when r.reopen_count > 0 then 1 else 0 end) as reopened,
sum(case when r.satisfaction is not null then 1 else 0 end) as rated,
sum(case when r.satisfaction in ('SATISFIED', 'BASICALLY_SATISFIED') then 1 else 0 end) as satisfied,
    coalesce(sum(uc.judged), 0) as judged, coalesce(sum(uc.on_time), 0) as on_time,
  coalesce(sum(gc.urges), 0) as urges, sum(case when gc.urges > 0 then 1 else 0 end) as urged
  from request r left join directory_enterprise e on e.id = r.enterprise_id
  left join (select u.case_number, sum(case when u.state = 'FEEDBACK_GIVEN' or (u.state in ('ASSIGNED', 'SIGNED',
    'EXTENSION_REQUESTED') and u.due_date < current_date) then 1 else 0 end) as judged,
sum(case when u.state = 'FEEDBACK_GIVEN' and u.rating = 'DONE' then 1 else 0 end) as on_time from handling_unit u join request r on r.case_number = u.case_number
              where r.state in ('CLOSED', 'WITHDRAWN',
    'NO_RESPONSE') group by u.case_number) uc on uc.case_number = r.case_number
  left join (select g.case_number,
    count(*) as urges from urge g join request r on r.case_number = g.case_number where r.state in ('CLOSED',
    'WITHDRAWN', 'NO_RESPONSE') group by g.case_number) gc on gc.case_number = r.case_number
 where r.state in ('CLOSED', 'WITHDRAWN',
    'NO_RESPONSE') group by cast(substring(cast(r.submitted_at at time zone 'Asia/Shanghai' as varchar(40)), 1,
    10) as date), coalesce(e.area, '')) c union all select submitted_on, dimension, group_key, collected, on_spot,
    tracked, closed, withdrawn, no_response, answered, response_seconds, answered_in_time, answerable, reopened,
    rated, satisfied, judged, on_time, urges, urged, 0 as rated_done, 0 as rated_on_track, 0 as rated_slow,
    0 as latest_done, 0 as latest_on_track,
    0 as latest_slow from (select cast(substring(cast(r.submitted_at at time zone 'Asia/Shanghai' as varchar(40)),
    1, 10) as date) as submitted_on, 'CATEGORY' as dimension, r.category as group_key, count(*) as collected,
sum(case when r.outcome = 'RESOLVED_DIRECTLY' then 1 else 0 end) as on_spot,
sum(case when r.outcome = 'TRACKED' then 1 else 0 end) as tracked,
sum(case when r.state = 'CLOSED' then 1 else 0 end) as closed,
sum(case when r.state = 'WITHDRAWN' then 1 else 0 end) as withdrawn,
sum(case when r.state = 'NO_RESPONSE' then 1 else 0 end) as no_response,
sum(case when r.acknowledged_at is not null then 1 else 0 end) as answered,
coalesce(sum(case when r.acknowledged_at is not null
         then extract(epoch from r.acknowledged_at) - extract(epoch from r.submitted_at) end), 0)
  as response_seconds,
sum(case when r.acknowledged_at <= r.response_due then 1 else 0 end) as answered_in_time,
sum(case when r.acknowledged_at is not null or r.response_due < coalesce(r.closed_at,
    current_timestamp) then 1 else 0 end)
  as answerable,
sum(case when r.reopen_count > 0 then 1 else 0 end) as reopened,
sum(case when r.satisfaction is not null then 1 else 0 end) as rated,
sum(case when r.satisfaction in ('SATISFIED', 'BASICALLY_SATISFIED') then 1 else 0 end) as satisfied,
    coalesce(sum(uc.judged), 0) as judged, coalesce(sum(uc.on_time), 0) as on_time,
  coalesce(sum(gc.urges), 0) as urges, sum(case when gc.urges > 0 then 1 else 0 end) as urged
  from request r left join directory_enterprise e on e.id = r.enterprise_id
  left join (select u.case_number, sum(case when u.state = 'FEEDBACK_GIVEN' or (u.state in ('ASSIGNED', 'SIGNED',
    'EXTENSION_REQUESTED') and u.due_date < current_date) then 1 else 0 end) as judged,
sum(case when u.state = 'FEEDBACK_GIVEN' and u.rating = 'DONE' then 1 else 0 end) as on_time from handling_unit u join request r on r.case_number = u.case_number
              where r.state in ('CLOSED', 'WITHDRAWN',
    'NO_RESPONSE') group by u.case_number) uc on uc.case_number = r.case_number
  left join (select g.case_number,
    count(*) as urges from urge g join request r on r.case_number = g.case_number where r.state in ('CLOSED',
    'WITHDRAWN', 'NO_RESPONSE') group by g.case_number) gc on gc.case_number = r.case_number
 where r.state in ('CLOSED', 'WITHDRAWN',
    'NO_RESPONSE') group by cast(substring(cast(r.submitted_at at time zone 'Asia/Shanghai' as varchar(40)), 1,
    10) as date), r.category) c union all select submitted_on, 'DEPARTMENT' as dimension,
    department_code as group_key, collected, on_spot, tracked, closed, withdrawn, no_response, answered,
    response_seconds, answered_in_time, answerable, reopened, rated, satisfied, judged, on_time, urges, urged,
    rated_done, rated_on_track, rated_slow, latest_done, latest_on_track,
    latest_slow from (select cast(substring(cast(r.submitted_at at time zone 'Asia/Shanghai' as varchar(40)), 1,
    10) as date) as submitted_on, dc.department_code, count(*) as collected,
sum(case when r.outcome = 'RESOLVED_DIRECTLY' then 1 else 0 end) as on_spot,
sum(case when r.outcome = 'TRACKED' then 1 else 0 end) as tracked,
sum(case when r.state = 'CLOSED' then 1 else 0 end) as closed,
sum(case when r.state = 'WITHDRAWN' then 1 else 0 end) as withdrawn,
sum(case when r.state = 'NO_RESPONSE' then 1 else 0 end) as no_response,
sum(case when r.acknowledged_at is not null then 1 else 0 end) as answered,
coalesce(sum(case when r.acknowledged_at is not null
         then extract(epoch from r.acknowledged_at) - extract(epoch from r.submitted_at) end), 0)
  as response_seconds,
sum(case when r.acknowledged_at <= r.response_due then 1 else 0 end) as answered_in_time,
sum(case when r.acknowledged_at is not null or r.response_due < coalesce(r.closed_at,
    current_timestamp) then 1 else 0 end)
  as answerable,
sum(case when r.reopen_count > 0 then 1 else 0 end) as reopened,
sum(case when r.satisfaction is not null then 1 else 0 end) as rated,
sum(case when r.satisfaction in ('SATISFIED', 'BASICALLY_SATISFIED') then 1 else 0 end) as satisfied,
    coalesce(sum(gc.urges), 0) as urges, sum(case when gc.urges > 0 then 1 else 0 end) as urged,
  sum(dc.judged) as judged, sum(dc.on_time) as on_time, sum(dc.rated_done) as rated_done,
  sum(dc.rated_on_track) as rated_on_track, sum(dc.rated_slow) as rated_slow,
  sum(dc.latest_done) as latest_done, sum(dc.latest_on_track) as latest_on_track,
  sum(dc.latest_slow) as latest_slow
  from (select u.case_number, u.department_code,
    sum(case when u.state = 'FEEDBACK_GIVEN' or (u.state in ('ASSIGNED', 'SIGNED',
    'EXTENSION_REQUESTED') and u.due_date < current_date) then 1 else 0 end) as judged,
sum(case when u.state = 'FEEDBACK_GIVEN' and u.rating = 'DONE' then 1 else 0 end) as on_time,
    sum(case when case when u.state = 'RETURNED' then null
     when u.state = 'WITHDRAWN' then u.rating
     when u.rating is not null then u.rating
     when u.light = 'RED' then 'SLOW' else 'ON_TRACK' end = 'DONE' then 1 else 0 end) as rated_done,
sum(case when case when u.state = 'RETURNED' then null
     when u.state = 'WITHDRAWN' then u.rating
     when u.rating is not null then u.rating
     when u.light = 'RED' then 'SLOW' else 'ON_TRACK' end = 'ON_TRACK' then 1 else 0 end) as rated_on_track,
sum(case when case when u.state = 'RETURNED' then null
     when u.state = 'WITHDRAWN' then u.rating
     when u.rating is not null then u.rating
     when u.light = 'RED' then 'SLOW' else 'ON_TRACK' end = 'SLOW' then 1 else 0 end) as rated_slow,
sum(case when u.superseded = false and case when u.state = 'RETURNED' then null
     when u.state = 'WITHDRAWN' then u.rating
     when u.rating is not null then u.rating
     when u.light = 'RED' then 'SLOW' else 'ON_TRACK' end = 'DONE' then 1 else 0 end) as latest_done,
sum(case when u.superseded = false and case when u.state = 'RETURNED' then null
     when u.state = 'WITHDRAWN' then u.rating
     when u.rating is not null then u.rating
     when u.light = 'RED' then 'SLOW' else 'ON_TRACK' end = 'ON_TRACK' then 1 else 0 end) as latest_on_track,
sum(case when u.superseded = false and case when u.state = 'RETURNED' then null
     when u.state = 'WITHDRAWN' then u.rating
     when u.rating is not null then u.rating
     when u.light = 'RED' then 'SLOW' else 'ON_TRACK' end = 'SLOW' then 1 else 0 end) as latest_slow
          from handling_unit u join request r on r.case_number = u.case_number
         where r.state in ('CLOSED', 'WITHDRAWN', 'NO_RESPONSE') group by u.case_number, u.department_code) dc
  join request r on r.case_number = dc.case_number
  left join (select g.case_number,
    count(*) as urges from urge g join request r on r.case_number = g.case_number where r.state in ('CLOSED',
    'WITHDRAWN', 'NO_RESPONSE') group by g.case_number) gc on gc.case_number = dc.case_number
 group by cast(substring(cast(r.submitted_at at time zone 'Asia/Shanghai' as varchar(40)), 1, 10) as date),
    dc.department_code) d;
