-- The team's version: one number that every write to the team moves on, so a what-if scenario or a
-- plan file read at version n knows whether the team changed since. Every write records history in
-- its own transaction, so a trigger on history bumps the version: no write path can forget it.
--
-- The trigger is deferred to commit, so the version row is the last lock a write takes and cannot
-- join a deadlock with the row locks of database/RowLocks; and it bumps once per transaction and
-- team (a batch of 20,000 history entries is one bump, not 20,000 updates of one row).

create table team_version (
    team_id bigint primary key references team (id) on delete cascade,
    version bigint not null default 0
);

insert into team_version (team_id, version)
select t.id, (select count(*) from history h where h.team_id = t.id) from team t;

create function bump_team_version() returns trigger language plpgsql as $$
begin
    if coalesce(current_setting('raci.team_version_bumped_' || new.team_id, true), '') = 'yes' then
        return null;
    end if;
    perform set_config('raci.team_version_bumped_' || new.team_id, 'yes', true);
    insert into team_version as v (team_id, version) values (new.team_id, 1)
        on conflict (team_id) do update set version = v.version + 1;
    return null;
end
$$;

create constraint trigger history_bumps_team_version after insert on history
    deferrable initially deferred for each row execute function bump_team_version();
