-- A matrix as it was at any past instant, rebuilt from the history (GET …/matrix?at=), and the cell
-- changes between two instants (GET …/matrix/changes). Three things make the history exact enough:
--
-- 1. Every entry about an initiative says which matrix version its change left the matrix at
--    (matrix_version, read from the initiative row when the entry is written: the write paths bump
--    the version before they record, so the last entry of a transaction carries its final version).
-- 2. All entries of one transaction share one moment, taken when the transaction records its first
--    change (history_moment()), not when it began: by then a matrix write holds its initiative's row
--    lock, so on one matrix the moments grow in the order the changes were applied, and a cut at an
--    instant never splits a transaction. The write paths take their locks before they record.
-- 3. The write paths record each cell they change as an entry of its own (templates' letters too).
--    Initiatives that exist when this runs get a 'matrix.baseline' entry: their whole matrix, as the
--    replay's starting point, because older entries hid template letters inside 'staffing.replaced'.

alter table history add column matrix_version bigint;

create function history_moment() returns timestamptz language plpgsql volatile as $$
declare
    moment text := current_setting('raci.history_moment', true);
begin
    if moment is null or moment = '' then
        moment := clock_timestamp()::text;
        perform set_config('raci.history_moment', moment, true);
    end if;
    return moment::timestamptz;
end
$$;

-- The names and e-mails people had at an instant: their created and updated entries, newest first.
create index history_person_record on history (team_id, person_id, id desc)
    where action in ('person.created', 'person.updated');

-- The whole matrix of an initiative as it is now, in the shape the history keeps a deleted one in.
-- Used below for the baselines, and kept so that tests can check a baseline replays exactly.
create function matrix_baseline(initiative bigint) returns jsonb language sql stable as $$
    select jsonb_build_object(
        'initiative', jsonb_strip_nulls(jsonb_build_object('id', i.id, 'kind', i.kind, 'name', i.name,
            'template', i.template_key, 'parentId', i.parent_id, 'startDate', i.start_date, 'endDate', i.end_date,
            'budget', i.budget, 'matrixVersion', i.matrix_version)),
        'staffing', coalesce((select jsonb_agg(jsonb_strip_nulls(jsonb_build_object('role', s.role, 'person', s.person_id,
                'communicatesVia', s.communicates_via)) order by s.id) from staffing s where s.initiative_id = i.id), '[]'),
        'matrix', jsonb_build_object(
            'responsibilities', coalesce((select jsonb_agg(jsonb_build_object('key', r.key, 'name', r.name,
                    'category', r.category, 'effortHours', r.effort_hours) order by r.position)
                from responsibility r where r.initiative_id = i.id), '[]'),
            'people', coalesce((select jsonb_agg(jsonb_build_object('id', p.id, 'name', p.name, 'email', p.email) order by p.id)
                from person p where p.id in (select person_id from staffing where initiative_id = i.id
                                              union select person_id from cell where initiative_id = i.id)), '[]'),
            'cells', coalesce((select jsonb_agg(jsonb_build_object('responsibility', r.key, 'person', c.person_id,
                    'letters', c.letters, 'source', c.source) order by r.position, c.person_id)
                from cell c join responsibility r on r.id = c.responsibility_id where c.initiative_id = i.id), '[]'),
            'version', i.matrix_version))
      from initiative i
     where i.id = initiative
$$;

insert into history (team_id, at, actor, action, initiative_id, after, matrix_version)
select i.team_id, history_moment(), 'upgrade', 'matrix.baseline', i.id, matrix_baseline(i.id), i.matrix_version
  from initiative i
 order by i.id;

-- The upgrade's baselines, found without reading an initiative's whole history.
create index history_baseline on history (team_id, initiative_id, id) where action = 'matrix.baseline';

-- Checkpoints of the read model: a matrix's state after one of its history entries (the entries of
-- that initiative up to history_id, replayed), so that rebuilding a matrix replays at most a stretch
-- of its history rather than all of it. Written by the replay itself every so many entries; derived
-- data, so they may be deleted at any time. No foreign key to the initiative: a deleted initiative
-- stays readable as it was.
create table matrix_checkpoint (
    team_id        bigint not null references team (id) on delete cascade,
    initiative_id  bigint not null,
    history_id     bigint not null,
    at             timestamptz not null,
    matrix_version bigint not null,
    state          jsonb not null,
    primary key (team_id, initiative_id, history_id)
);
