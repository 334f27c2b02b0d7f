-- Time-phased load. The horizon is how many weeks, from today, the analysis looks at; a person's
-- availability windows replace their usual weekly capacity between two dates (both included).

alter table team add column horizon_weeks integer not null default 26 check (horizon_weeks between 1 and 156);

create table availability (
    id             bigserial primary key,
    team_id        bigint not null,
    person_id      bigint not null,
    from_date      date not null,
    to_date        date not null,
    capacity_hours numeric(5, 1) not null check (capacity_hours between 0 and 168),
    note           varchar(200),
    check (to_date >= from_date),
    -- a person is never in two windows on one day: ranges' own GiST operators, so no extension is needed
    exclude using gist (int8range(person_id, person_id, '[]') with =, daterange(from_date, to_date, '[]') with &&),
    foreign key (team_id, person_id) references person (team_id, id) on delete cascade
);
create index availability_team on availability (team_id, person_id, from_date);
