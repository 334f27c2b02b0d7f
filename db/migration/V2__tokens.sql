-- Bearer tokens of a team. Only a SHA-256 hash of each secret is kept: the secret itself is shown
-- once, when the token is issued. Revoking deletes the row, so the next request with it fails.

create table token (
    id          bigserial primary key,
    team_id     bigint not null references team (id) on delete cascade,
    name        varchar(100) not null check (length(trim(name)) > 0),
    role        varchar(8) not null check (role in ('ADMIN', 'EDITOR', 'VIEWER')),
    secret_hash bytea not null check (length(secret_hash) = 32),
    created_at  timestamptz not null default now(),
    unique (team_id, name)
);
-- every authenticated request looks its token up by this hash
create unique index token_secret_hash on token (secret_hash);
