-- 工作日历 — China's public holidays and make-up workdays (调休). Monday–Friday are workdays unless listed
-- here as holidays; a weekend day listed as a workday is a make-up workday. Editable by the platform admin.
-- 2026: 国务院办公厅关于2026年部分节假日安排的通知 (国办发明电〔2025〕7号).
insert into case_calendar_day (calendar_day, workday, note) values
 (date '2026-01-01', false, '元旦'), (date '2026-01-02', false, '元旦'), (date '2026-01-03', false, '元旦'),
 (date '2026-01-04', true,  '元旦调休上班'),
 (date '2026-02-14', true,  '春节调休上班'),
 (date '2026-02-15', false, '春节'), (date '2026-02-16', false, '春节'), (date '2026-02-17', false, '春节'),
 (date '2026-02-18', false, '春节'), (date '2026-02-19', false, '春节'), (date '2026-02-20', false, '春节'),
 (date '2026-02-21', false, '春节'), (date '2026-02-22', false, '春节'), (date '2026-02-23', false, '春节'),
 (date '2026-02-28', true,  '春节调休上班'),
 (date '2026-04-04', false, '清明节'), (date '2026-04-05', false, '清明节'), (date '2026-04-06', false, '清明节'),
 (date '2026-05-01', false, '劳动节'), (date '2026-05-02', false, '劳动节'), (date '2026-05-03', false, '劳动节'),
 (date '2026-05-04', false, '劳动节'), (date '2026-05-05', false, '劳动节'),
 (date '2026-05-09', true,  '劳动节调休上班'),
 (date '2026-06-19', false, '端午节'), (date '2026-06-20', false, '端午节'), (date '2026-06-21', false, '端午节'),
 (date '2026-09-20', true,  '国庆节调休上班'),
 (date '2026-09-25', false, '中秋节'), (date '2026-09-26', false, '中秋节'), (date '2026-09-27', false, '中秋节'),
 (date '2026-10-01', false, '国庆节'), (date '2026-10-02', false, '国庆节'), (date '2026-10-03', false, '国庆节'),
 (date '2026-10-04', false, '国庆节'), (date '2026-10-05', false, '国庆节'), (date '2026-10-06', false, '国庆节'),
 (date '2026-10-07', false, '国庆节'),
 (date '2026-10-10', true,  '国庆节调休上班');

-- 2027: the statutory days of 《全国年节及纪念日放假办法》 (2024 revision: 元旦 1, 春节 4 from 除夕,
-- 清明 1, 劳动节 2, 端午 1, 中秋 1, 国庆 3) on 2027's dates, bridged to the usual blocks. The State
-- Council's notice fixes the make-up workdays; enter or correct them here when it is published.
insert into case_calendar_day (calendar_day, workday, note) values
 (date '2027-01-01', false, '元旦'),
 (date '2027-02-05', false, '春节'), (date '2027-02-06', false, '春节'), (date '2027-02-07', false, '春节'),
 (date '2027-02-08', false, '春节'), (date '2027-02-09', false, '春节'), (date '2027-02-10', false, '春节'),
 (date '2027-02-11', false, '春节'), (date '2027-02-12', false, '春节'),
 (date '2027-04-05', false, '清明节'),
 (date '2027-05-03', false, '劳动节'), (date '2027-05-04', false, '劳动节'), (date '2027-05-05', false, '劳动节'),
 (date '2027-06-09', false, '端午节'),
 (date '2027-09-15', false, '中秋节'),
 (date '2027-10-01', false, '国庆节'), (date '2027-10-04', false, '国庆节'), (date '2027-10-05', false, '国庆节'),
 (date '2027-10-06', false, '国庆节'), (date '2027-10-07', false, '国庆节');
