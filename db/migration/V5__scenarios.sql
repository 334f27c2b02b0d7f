-- What-if scenarios: a named list of changes (planning.md) kept to apply later. Saving, renaming or
-- deleting a scenario changes nothing of the team: it records no history, so it does not move the
-- team's version and never makes other scenarios stale.
--
-- base_version is the team version the scenario was made against; base_cells holds the letters,
-- at that version, of every cell the scenario changes (JSON [{initiativeId, responsibility, person,
-- letters}], letters null for an empty cell), so applying it later can tell which of those cells
-- someone else changed meanwhile, as a workbook upload compares with what it was exported with.

create table scenario (
    id              bigserial primary key,
    team_id         bigint not null references team (id) on delete cascade,
    name            varchar(200) not null check (length(trim(name)) > 0),
    changes         jsonb not null check (jsonb_typeof(changes) = 'array'),
    base_version    bigint not null,
    base_cells      jsonb not null check (jsonb_typeof(base_cells) = 'array'),
    created_by      varchar(100) not null,
    created_at      timestamptz not null default now(),
    updated_at      timestamptz not null default now(),
    applied_by      varchar(100),
    applied_at      timestamptz,
    applied_version bigint,
    check ((applied_at is null) = (applied_by is null))
);
create index scenario_team on scenario (team_id, id);

-- Every change an applied scenario made names it in the history. No foreign key: a deleted
-- scenario's changes stay in the history under its id and name.
alter table history add column scenario_id bigint, add column scenario_name varchar(200);
create index history_scenario on history (team_id, scenario_id, id desc) where scenario_id is not null;
