-- CDS Hooks: the jti of every accepted client JWT, kept until the token expires, so a replayed token is refused
-- (in the database, so every instance behind a load balancer sees the same list).
create table cds_hooks_jti (
    issuer      varchar(500) not null,
    jti         varchar(255) not null,
    expires_at  timestamp with time zone not null,
    created_at  timestamp with time zone not null,
    primary key (issuer, jti)
);
create index cds_hooks_jti_expires on cds_hooks_jti (expires_at);
