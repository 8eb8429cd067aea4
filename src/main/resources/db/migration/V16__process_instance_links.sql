-- Which process instance acts on which record. The first step of an instance claims its record (only while the record
-- waits for one), and every later step finds the record by its own process instance id: never by a process variable,
-- which a task holder could overwrite. A second instance for the same record finds it claimed and is refused.
alter table request add column process_instance_id varchar(64);
alter table handling_unit add column process_instance_id varchar(64);
alter table convening add column process_instance_id varchar(64);
alter table supervision_order add column process_instance_id varchar(64);

create unique index uq_request_process_instance on request (process_instance_id);
create unique index uq_handling_unit_process_instance on handling_unit (process_instance_id);
create unique index uq_convening_process_instance on convening (process_instance_id);
create unique index uq_supervision_order_process_instance on supervision_order (process_instance_id);
