-- Every change, written in the same transaction as the change itself. No foreign keys to people or
-- initiatives: a deleted one stays findable here, with what it held in "before".

create table history (
    id            bigserial primary key,
    team_id       bigint not null references team (id) on delete cascade,
    at            timestamptz not null default now(),
    -- the name of the token that made the change ("operator" for the operator token)
    actor         varchar(100) not null,
    action        varchar(50) not null check (action ~ '^[a-z]+\.[a-z]+$'),
    initiative_id bigint,
    person_id     bigint,
    before        jsonb,
    after         jsonb
);
create index history_team on history (team_id, id desc);
create index history_initiative on history (team_id, initiative_id, id desc) where initiative_id is not null;
create index history_person on history (team_id, person_id, id desc) where person_id is not null;
