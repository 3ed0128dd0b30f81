#!/usr/bin/env bash
# Installs (if need be) and starts Debian's PostgreSQL on 127.0.0.1:5432 with a database and role
# "audit" for the tests, and prints the DATABASE_URL they read. Idempotent: safe to run again.
# Source it (`. scripts/postgres-ci.sh`) to get DATABASE_URL exported.
set -euo pipefail
if ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1 || ! command -v pg_ctlcluster >/dev/null; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
fi
version=$(ls /usr/lib/postgresql | sort -n | tail -n 1)
if ! pg_lsclusters -h | awk '{print $1" "$2}' | grep -q "^$version main$"; then pg_createcluster "$version" main >/dev/null; fi
pg_ctlcluster "$version" main start 2>/dev/null || pg_ctlcluster "$version" main status >/dev/null
as_postgres() { su postgres -c "$1"; }
as_postgres "psql -tAc \"select 1 from pg_roles where rolname = 'audit'\"" | grep -q 1 ||
  as_postgres "psql -qc \"create role audit login superuser password 'audit'\""
as_postgres "psql -tAc \"select 1 from pg_database where datname = 'audit'\"" | grep -q 1 ||
  as_postgres "createdb -O audit audit"
export DATABASE_URL=postgres://audit:audit@127.0.0.1:5432/audit
echo "PostgreSQL $version on 127.0.0.1:5432: DATABASE_URL=$DATABASE_URL"
