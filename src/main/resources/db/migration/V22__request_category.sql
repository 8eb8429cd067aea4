-- 诉求类别 as data: a district adds a category over the API (administrators), without code. The routing table
-- (processes/request-routing.dmn) routes a category it has no row for by its fallback row until a designer adds one.
create table request_category (
  code       varchar(20)  not null primary key,
  label      varchar(20)  not null,
  position   integer      not null,
  added_by   varchar(64)  not null,
  added_at   timestamp with time zone not null,
  constraint uq_request_category_label unique (label)
);

insert into request_category (code, label, position, added_by, added_at) values
  ('land', '用地', 1, 'system', current_timestamp),
  ('power', '用电', 2, 'system', current_timestamp),
  ('water', '用水', 3, 'system', current_timestamp),
  ('permits', '报批报建', 4, 'system', current_timestamp),
  ('licences', '证照办理', 5, 'system', current_timestamp),
  ('talent', '人才', 6, 'system', current_timestamp),
  ('schooling', '子女入学', 7, 'system', current_timestamp),
  ('finance', '融资', 8, 'system', current_timestamp),
  ('policy', '政策兑现', 9, 'system', current_timestamp),
  ('transport', '交通出行', 10, 'system', current_timestamp),
  ('other', '其他', 11, 'system', current_timestamp);
