-- Issue 18, a city's load. The ledger's department filter asks, for every case it looks at, whether the department
-- had a unit on it; with the department's case numbers in an index that is answered from the index alone, reading
-- neither the units' rows nor the units of the other departments.
create index ix_handling_unit_department_case on handling_unit (department_code, case_number);
