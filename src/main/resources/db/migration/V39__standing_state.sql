-- Issue 18, a city's load. The state of each open case kept on its standing (ledger.CaseStandings), as its request
-- has it, so that the ledger's state filter counts and pages the open cases from ledger_standing alone instead of
-- joining every open case's request.
alter table ledger_standing add column state varchar(32);
update ledger_standing set state = (select r.state from request r where r.case_number = ledger_standing.case_number);
alter table ledger_standing alter column state set not null;
create index ix_ledger_standing_state on ledger_standing (state, next_deadline, submitted_at, case_number);
