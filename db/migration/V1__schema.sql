-- The team is the tenant: every other table carries team_id, and composite foreign keys make it
-- impossible for a row of one team to point at a row of another.

create table team (
    id                     bigserial primary key,
    name                   varchar(200) not null check (length(trim(name)) > 0),
    max_accountable        integer not null default 12  check (max_accountable between 1 and 10000),
    max_roles              integer not null default 2   check (max_roles between 1 and 1000),
    max_consulted          integer not null default 5   check (max_consulted between 0 and 10000),
    max_responsible        integer not null default 3   check (max_responsible between 1 and 10000),
    max_communication_span integer not null default 20  check (max_communication_span between 1 and 100000),
    capacity_warn_percent  integer not null default 100 check (capacity_warn_percent between 1 and 1000),
    capacity_error_percent integer not null default 150 check (capacity_error_percent between 1 and 1000),
    single_point_percent   integer not null default 60  check (single_point_percent between 1 and 100),
    version                bigint not null default 0,
    created_at             timestamptz not null default now(),
    updated_at             timestamptz not null default now()
);

create table person (
    id             bigserial primary key,
    team_id        bigint not null references team (id) on delete cascade,
    name           varchar(200) not null check (length(trim(name)) > 0),
    email          varchar(254) not null check (position('@' in email) > 1),
    title          varchar(200),
    location       varchar(200),
    remote         boolean not null default false,
    capacity_hours numeric(5, 1) not null default 40 check (capacity_hours between 0 and 168),
    version        bigint not null default 0,
    created_at     timestamptz not null default now(),
    updated_at     timestamptz not null default now(),
    unique (team_id, id)
);
create unique index person_email_per_team on person (team_id, lower(email));

create table initiative (
    id             bigserial primary key,
    team_id        bigint not null references team (id) on delete cascade,
    kind           varchar(16) not null check (kind in ('PROJECT', 'PRODUCT', 'PROGRAM')),
    name           varchar(200) not null check (length(trim(name)) > 0),
    template_key   varchar(100),
    parent_id      bigint,
    start_date     date,
    end_date       date,
    budget         numeric(15, 2) check (budget >= 0),
    -- bumped on every change to rows, cells or staffing: the matrix's version for If-Match and workbooks
    matrix_version bigint not null default 1,
    version        bigint not null default 0,
    created_at     timestamptz not null default now(),
    updated_at     timestamptz not null default now(),
    unique (team_id, id),
    check (end_date is null or start_date is null or end_date >= start_date),
    check (parent_id is null or parent_id <> id),
    foreign key (team_id, parent_id) references initiative (team_id, id)
);
create index initiative_team on initiative (team_id, id);
create index initiative_parent on initiative (parent_id);

create table responsibility (
    id            bigserial primary key,
    team_id       bigint not null,
    initiative_id bigint not null,
    key           varchar(100) not null check (key ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    name          varchar(200) not null check (length(trim(name)) > 0),
    category      varchar(16) not null check (category in ('STRATEGY', 'EXECUTION')),
    effort_hours  numeric(6, 2) not null default 1 check (effort_hours between 0 and 168),
    position      integer not null,
    created_at    timestamptz not null default now(),
    updated_at    timestamptz not null default now(),
    unique (initiative_id, key),
    unique (initiative_id, id),
    foreign key (team_id, initiative_id) references initiative (team_id, id) on delete cascade
);
create index responsibility_team on responsibility (team_id);

create table staffing (
    id               bigserial primary key,
    team_id          bigint not null,
    initiative_id    bigint not null,
    role             varchar(100) not null check (role ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    person_id        bigint not null,
    communicates_via bigint,
    created_at       timestamptz not null default now(),
    unique (initiative_id, role, person_id),
    check (communicates_via is null or communicates_via <> person_id),
    foreign key (team_id, initiative_id) references initiative (team_id, id) on delete cascade,
    foreign key (team_id, person_id) references person (team_id, id),
    foreign key (team_id, communicates_via) references person (team_id, id)
);
create index staffing_team on staffing (team_id);
create index staffing_person on staffing (person_id);
create index staffing_via on staffing (communicates_via);

create table cell (
    id                bigserial primary key,
    team_id           bigint not null,
    initiative_id     bigint not null,
    responsibility_id bigint not null,
    person_id         bigint not null,
    letters           varchar(2) not null check (letters in ('R', 'A', 'C', 'I', 'RA')),
    -- ROLE: derived from a template through staffing (re-derived on restaffing); MANUAL: set by hand (kept)
    source            varchar(8) not null default 'MANUAL' check (source in ('ROLE', 'MANUAL')),
    created_at        timestamptz not null default now(),
    updated_at        timestamptz not null default now(),
    unique (responsibility_id, person_id),
    foreign key (initiative_id, responsibility_id) references responsibility (initiative_id, id) on delete cascade,
    foreign key (team_id, initiative_id) references initiative (team_id, id) on delete cascade,
    foreign key (team_id, person_id) references person (team_id, id)
);
create index cell_team on cell (team_id);
create index cell_initiative on cell (initiative_id);
create index cell_person on cell (person_id);
