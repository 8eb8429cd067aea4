-- Reports (工作月报/季报) select the requests of a period by submission time; a month is a small slice of many years.
create index ix_request_submitted on request (submitted_at);
