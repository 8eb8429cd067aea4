-- Every deadline subject keeps the light its timers last signalled (deadline.Lights): a monthly filing gets its own,
-- and a request's 24-hour response keeps a light instead of a flag, so yellow (four hours left) is recorded too.
alter table project_filing add column light varchar(8) default 'GREEN' not null;
alter table project_filing add constraint ck_project_filing_light check (light in ('GREEN', 'YELLOW', 'RED'));

alter table request add column response_light varchar(8) default 'GREEN' not null;
update request set response_light = 'RED' where response_overdue;
alter table request drop column response_overdue;
alter table request add constraint ck_request_response_light check (response_light in ('GREEN', 'YELLOW', 'RED'));
