-- Plan files (the team as a file) name initiatives by a handle rather than by their numeric id: a
-- slug, unique within the team, that survives renames and can be written by hand. Existing
-- initiatives get one from their name (atlas-launch), numbered when two names give the same
-- (atlas-launch-2).

alter table initiative add column handle varchar(100);
create unique index initiative_handle_per_team on initiative (team_id, handle);

do $$
declare
    i record;
    base varchar(100);
    candidate varchar(100);
    n integer;
begin
    for i in select id, team_id, name from initiative order by team_id, id loop
        base := trim(both '-' from left(regexp_replace(lower(i.name), '[^a-z0-9]+', '-', 'g'), 60));
        if base = '' then
            base := 'initiative';
        end if;
        candidate := base;
        n := 1;
        while exists (select 1 from initiative where team_id = i.team_id and handle = candidate) loop
            n := n + 1;
            candidate := base || '-' || n;
        end loop;
        update initiative set handle = candidate where id = i.id;
    end loop;
end
$$;

alter table initiative alter column handle set not null;
alter table initiative add constraint initiative_handle_form check (handle ~ '^[a-z0-9]+(-[a-z0-9]+)*$');

-- Why a change was made, beside who made it: a plan apply writes many entries through the usual
-- write paths, and each says it came from that apply. Null for a change made on its own.
alter table history add column cause varchar(200);
