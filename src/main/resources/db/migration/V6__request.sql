-- Enterprise requests (企业诉求): one row per case, kept current by the enterprise-request process; the ledger reads it.
create table request (
  case_number          varchar(32)   primary key,
  enterprise_id        bigint        not null,
  enterprise_name      varchar(200)  not null,
  category             varchar(20)   not null,
  title                varchar(100)  not null,
  description          varchar(5000) not null,
  contact_name         varchar(100)  not null,
  contact_phone        varchar(32)   not null,
  urgency              varchar(10)   not null,
  channel              varchar(10)   not null,
  state                varchar(20)   not null,
  outcome              varchar(20),
  officer_id           varchar(64),
  supervisor_id        varchar(64),
  submitted_by         varchar(64)   not null,
  submitted_at         timestamp with time zone not null,
  response_due         timestamp with time zone not null,
  response_overdue     boolean       not null,
  acknowledged_at      timestamp with time zone,
  first_answer         varchar(2000),
  lead_department      varchar(32),
  time_limit           int,
  resolution_due       date,
  reply                varchar(5000),
  replied_at           timestamp with time zone,
  satisfaction         varchar(24),
  satisfaction_comment varchar(500),
  rated_by             varchar(64),
  rated_at             timestamp with time zone,
  reopen_count         int           not null,
  closed_at            timestamp with time zone
);

create index ix_request_enterprise on request (enterprise_id, submitted_at);
create index ix_request_officer on request (officer_id, state);
create index ix_request_state on request (state, response_due);

-- One counter per calendar day (Asia/Shanghai) for case numbers QY<yyyyMMdd>-<nnnn>.
create table request_case_counter (
  counter_day date primary key,
  last_number int  not null
);

-- Idempotency-Key of POST /api/requests: the same user and key always mean the same case.
create table request_idempotency (
  user_id         varchar(64)  not null,
  idempotency_key varchar(200) not null,
  body_hash       varchar(64)  not null,
  case_number     varchar(32)  not null,
  created_at      timestamp with time zone not null,
  primary key (user_id, idempotency_key)
);
