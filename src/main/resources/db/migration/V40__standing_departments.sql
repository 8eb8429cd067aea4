-- Issue 18, a city's load. ledger_standing_unit (ledger.CaseStandings) gets a row for every department an open case
-- had a unit on in any round, zeros for the departments of earlier rounds only, so that the ledger's department
-- filter finds a department's open cases among the standings instead of among its units of every case ever handed
-- over to it.
insert into ledger_standing_unit (case_number, department_code, green, yellow, red, done, on_track, slow)
select distinct u.case_number, u.department_code, 0, 0, 0, 0, 0, 0
  from handling_unit u
  join ledger_standing st on st.case_number = u.case_number
 where not exists (select 1 from ledger_standing_unit su
                    where su.case_number = u.case_number and su.department_code = u.department_code);

create index ix_ledger_standing_unit_department on ledger_standing_unit (department_code, case_number);
