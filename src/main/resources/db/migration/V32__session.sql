-- HTTP sessions of the Camunda webapps and the portal (Spring Session JDBC), shared by every node, so that any node
-- serves any logged-in user (docs/operations.md#sessions-across-nodes). Spring Session's own schema for PostgreSQL and
-- its default table names; Steward's Flyway creates them (spring.session.jdbc.initialize-schema: never). An expired
-- session is removed by the cleanup job (spring.session.jdbc.cleanup-cron) or when it is next asked for; its
-- attributes go with it (on delete cascade).
create table spring_session (
  primary_id             char(36)     not null,
  session_id             char(36)     not null,
  creation_time          bigint       not null,
  last_access_time       bigint       not null,
  max_inactive_interval  int          not null,
  expiry_time            bigint       not null,
  principal_name         varchar(100),
  constraint spring_session_pk primary key (primary_id)
);

create unique index spring_session_ix1 on spring_session (session_id);
create index spring_session_ix2 on spring_session (expiry_time);
create index spring_session_ix3 on spring_session (principal_name);

-- each attribute Java-serialized (the webapps' Authentications and CSRF token, the portal's security context, CSRF
-- token and flash messages)
create table spring_session_attributes (
  session_primary_id  char(36)      not null,
  attribute_name      varchar(200)  not null,
  attribute_bytes     bytea         not null,
  constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
  constraint spring_session_attributes_fk foreign key (session_primary_id) references spring_session (primary_id)
    on delete cascade
);
