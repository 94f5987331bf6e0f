-- 月度报告 — the monthly report of a region, generated on demand or by the monthly job; the Excel and PDF files
-- live in the uploads folder under reports/, the row says which region and month they are for.
create sequence dashboard_report_seq start with 1 increment by 50;
create table dashboard_report (
    id           bigint primary key,
    region_id    bigint not null,
    region_path  varchar(400) not null,
    region_name  varchar(100) not null,
    report_month varchar(7) not null,
    period_to    date not null,
    xlsx_file    varchar(64) not null,
    pdf_file     varchar(64) not null,
    generated_at timestamp with time zone not null,
    generated_by varchar(64) not null,
    version      bigint not null,
    constraint dashboard_report_month_uk unique (region_id, report_month)
);
create index dashboard_report_region_idx on dashboard_report (region_path, report_month);
