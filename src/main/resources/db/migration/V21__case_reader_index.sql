-- The case scope (org.steward.access.CaseScope) asks case_reader for a reader's cases; its branch of the supervisor
-- recorded on a request needs this index to find them without reading every request.
create index ix_request_supervisor on request (supervisor_id);
