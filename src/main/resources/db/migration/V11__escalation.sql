-- A case that goes to the joint-meeting office (联席会议办公室) withdraws its open handling units.
alter table handling_unit drop constraint ck_handling_unit_state;
alter table handling_unit add constraint ck_handling_unit_state
  check (state in ('ASSIGNED', 'SIGNED', 'EXTENSION_REQUESTED', 'FEEDBACK_GIVEN', 'RETURNED', 'WITHDRAWN'));
