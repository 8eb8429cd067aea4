-- Failed logins per account (org.steward.security.LoginThrottle): after steward.login.max-failures failures in a row
-- the account is locked until locked_until, on every node (the row is the lock). A success removes the row.
create table login_failure (
  user_id          varchar(64) primary key,
  failures         integer     not null,
  last_failure_at  timestamp with time zone not null,
  locked_until     timestamp with time zone
);
