#!/usr/bin/env bash
# A throw-away PostgreSQL cluster for the tests (issue 16).
#
#   url=$(scripts/pg-cluster.sh start)   # prints DATABASE_URL on stdout, progress on stderr
#   DATABASE_URL=$url npm run test:pg
#   scripts/pg-cluster.sh stop           # stops it and removes its directory
#
# - Installs Debian's `postgresql` with apt-get when no /usr/lib/postgresql/*/bin/initdb exists.
# - The cluster lives in SOATSO_PG_DIR (default /tmp/soatso-pg), owned
#   by the `postgres` user when run as root (initdb refuses to run as root), with its own socket
#   directory inside, on a free port on 127.0.0.1 only, password authentication (a random
#   password per cluster, kept in the directory, mode 600).
# - `start` on a running cluster prints its URL again; `url` prints it without starting.
set -euo pipefail

DIR=${SOATSO_PG_DIR:-/tmp/soatso-pg}
DATABASE=soatso
SUPERUSER=postgres

say() { printf '[pg-cluster] %s\n' "$*" >&2; }

# The newest installed PostgreSQL's bin directory, or nothing.
find_bin() {
  local found
  # The glob sorts 9 after 15: sort on the major number instead.
  found=$(for candidate in /usr/lib/postgresql/*/bin; do [ -x "$candidate/initdb" ] && echo "$candidate"; done | sort -t/ -k5,5n | tail -n 1)
  printf '%s' "$found"
}

install_postgresql() {
  say "no PostgreSQL binaries under /usr/lib/postgresql: installing Debian's postgresql"
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo=sudo
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends postgresql >/dev/null
  # Debian's package creates and starts a system cluster on 5432; this script never uses it.
}

# Runs a command as the cluster's owner: `postgres` when we are root, else ourselves.
as_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

free_port() {
  node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})"
}

is_running() {
  local bin=$1
  [ -f "$DIR/data/postmaster.pid" ] && as_owner "$bin/pg_ctl" -D "$DIR/data" status >/dev/null 2>&1
}

start() {
  local bin
  bin=$(find_bin)
  if [ -z "$bin" ]; then
    install_postgresql
    bin=$(find_bin)
    [ -n "$bin" ] || { say "postgresql installed but no initdb found"; exit 1; }
  fi
  if is_running "$bin"; then
    say "already running in $DIR"
    cat "$DIR/url"
    return
  fi
  rm -rf "$DIR"
  mkdir -p "$DIR/sock"
  local port password
  port=$(free_port)
  password=$(node -e "console.log(require('crypto').randomBytes(18).toString('base64url'))")
  (umask 077 && printf '%s\n' "$password" >"$DIR/pwfile")
  if [ "$(id -u)" -eq 0 ]; then
    id postgres >/dev/null 2>&1 || useradd --system --home-dir "$DIR" --shell /usr/sbin/nologin postgres
    chown -R postgres: "$DIR"
  fi
  chmod 700 "$DIR"
  say "initdb in $DIR/data ($("$bin/postgres" --version))"
  as_owner "$bin/initdb" -D "$DIR/data" -U "$SUPERUSER" --pwfile="$DIR/pwfile" --auth=scram-sha-256 \
    -E UTF8 --locale=C.UTF-8 >"$DIR/initdb.log" 2>&1 || { cat "$DIR/initdb.log" >&2; exit 1; }
  say "starting on 127.0.0.1:$port"
  as_owner "$bin/pg_ctl" -D "$DIR/data" -l "$DIR/server.log" -w -t 60 \
    -o "-p $port -k $DIR/sock -c listen_addresses=127.0.0.1 -c max_connections=200" start >/dev/null ||
    { cat "$DIR/server.log" >&2; exit 1; }
  as_owner env PGPASSWORD="$password" "$bin/createdb" -h 127.0.0.1 -p "$port" -U "$SUPERUSER" "$DATABASE"
  local url="postgres://$SUPERUSER:$password@127.0.0.1:$port/$DATABASE"
  (umask 077 && printf '%s\n' "$url" >"$DIR/url")
  [ "$(id -u)" -eq 0 ] && chown root: "$DIR/url"
  say "ready: database $DATABASE"
  printf '%s\n' "$url"
}

stop() {
  local bin
  bin=$(find_bin)
  if [ -n "$bin" ] && is_running "$bin"; then
    as_owner "$bin/pg_ctl" -D "$DIR/data" -m fast -w stop >/dev/null
    say "stopped"
  fi
  rm -rf "$DIR"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  url) cat "$DIR/url" ;;
  *)
    echo "usage: $0 start|stop|url   (cluster directory: \$SOATSO_PG_DIR, default /tmp/soatso-pg)" >&2
    exit 2
    ;;
esac
