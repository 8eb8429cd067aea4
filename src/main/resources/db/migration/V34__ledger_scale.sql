-- Issue 18, a city's load. The case scope (org.steward.access.CaseScope) asks each branch of the view case_reader
-- for the reader's cases through that branch's own table; these are the branches that had no index on their reader.
create index ix_deputy_task_deputy on deputy_task (deputy_id);
create index ix_project_leader on project (leader_id);
create index ix_project_enterprise on project (enterprise_id);

-- A unit of a round before its case's latest one is superseded: set when the next round is handed over
-- (org.steward.handling.Handovers), so that the figures of each case's latest round (the ledger's lights and
-- deadlines, the dashboard's lights and ratings by department) read a flag instead of looking for a later round of
-- every unit.
alter table handling_unit add column superseded boolean default false not null;
update handling_unit set superseded = true
 where exists (select 1 from handling_unit x where x.case_number = handling_unit.case_number
                 and x.round > handling_unit.round);

-- The ledger, the dashboard and the gauges read the open units of each case's latest round (their lights and due
-- dates) by their state, without reading the units of the closed cases, which are most of them.
create index ix_handling_unit_open on handling_unit (state, superseded, case_number, light, due_date);
