-- A person's copy of their own data reads their attendance and their lines of each draw by user.
create index course_attendance_user_idx on course_attendance (user_id);
create index course_lottery_pick_person_idx on course_lottery_pick (user_id);
