-- Issue 18, a city's load. The case scope (org.steward.access.CaseScope) asks each branch of the view case_reader
-- for the reader's cases through that branch's own table; these are the branches that had no index on their reader.
create index ix_deputy_task_deputy on deputy_task (deputy_id);
create index ix_project_leader on project (leader_id);
create index ix_project_enterprise on project (enterprise_id);

-- The ledger, the dashboard and the gauges read the open units of each case's latest round (their lights and due
-- dates) by their state, without reading the units of the closed cases, which are most of them.
create index ix_handling_unit_open on handling_unit (state, case_number, round, light, due_date);
