-- Public voting (先进典型评议): campaigns, candidates and votes. The rule of a campaign is enforced by two
-- unique keys per voter: rule_key (one per candidate, or per candidate per day) and ballot_key (the n-th of N).
create sequence campaign_seq start with 1 increment by 50;

create table campaign (
    id                   bigint primary key,
    region_id            bigint not null references region (id),
    region_path          varchar(400) not null,
    title                varchar(200) not null,
    description          varchar(4000),
    kind                 varchar(30) not null,
    opens_at             timestamp with time zone not null,
    closes_at            timestamp with time zone not null,
    rule                 varchar(20) not null,
    votes_allowed        int not null,
    results_published_at timestamp with time zone,
    created_by           varchar(64) not null,
    created_at           timestamp with time zone not null,
    version              bigint not null,
    constraint campaign_window_ck check (closes_at > opens_at),
    constraint campaign_votes_ck check (votes_allowed >= 1)
);
create index campaign_region_idx on campaign (region_path, opens_at);

create sequence campaign_candidate_seq start with 1 increment by 50;

create table campaign_candidate (
    id          bigint primary key,
    campaign_id bigint not null references campaign (id),
    name        varchar(100) not null,
    category    varchar(60),
    story       varchar(4000),
    origin      varchar(200),
    photo       varchar(64),
    sort_order  int not null
);
create index campaign_candidate_campaign_idx on campaign_candidate (campaign_id, sort_order);

create sequence campaign_vote_seq start with 1 increment by 50;

create table campaign_vote (
    id             bigint primary key,
    campaign_id    bigint not null references campaign (id),
    candidate_id   bigint not null references campaign_candidate (id),
    voter_id       bigint not null references user_account (id),
    cast_at        timestamp with time zone not null,
    cast_on        date not null,
    rule_key       varchar(80) not null,
    ballot_key     varchar(40),
    client_address varchar(64),
    constraint campaign_vote_rule_uk unique (campaign_id, voter_id, rule_key),
    constraint campaign_vote_ballot_uk unique (campaign_id, voter_id, ballot_key)
);
create index campaign_vote_tally_idx on campaign_vote (campaign_id, candidate_id);
create index campaign_vote_voter_idx on campaign_vote (voter_id, campaign_id);
