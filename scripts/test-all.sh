#!/usr/bin/env bash
# `npm test`: every test, on a fresh machine too.
#  1. installs Debian's chromium (browser tests) when /usr/bin/chromium is missing;
#  2. starts a throw-away PostgreSQL cluster (scripts/pg-cluster.sh, which installs Debian's
#     postgresql when missing) and stops it on exit, whatever happens;
#  3. runs: typecheck, vitest (SQLite), the store contract on PostgreSQL (test:pg), Playwright
#     (on SQLite, as the default deployment), the two-server test on PostgreSQL, then builds the
#     offline tarball and serves it with no network (bundle, test:bundle).
# DATABASE_URL is given only to the PostgreSQL steps, so the others run on SQLite as configured.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -x /usr/bin/chromium ]; then
  echo "== installing Debian chromium for Playwright"
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo=sudo
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium >/dev/null
fi

# A cluster directory of this run's own, so two runs on one machine do not share one.
export SOATSO_PG_DIR=${SOATSO_PG_DIR:-/tmp/soatso-pg-test-$$}
trap 'scripts/pg-cluster.sh stop' EXIT
echo "== starting a throw-away PostgreSQL cluster"
PG_URL=$(scripts/pg-cluster.sh start)

unset DATABASE_URL
echo "== typecheck"
npm run typecheck
echo "== unit tests (vitest, SQLite)"
npm run test:unit
echo "== store contract on PostgreSQL"
DATABASE_URL=$PG_URL npm run test:pg
echo "== browser tests (Playwright, SQLite)"
npm run test:e2e
echo "== two servers on one PostgreSQL"
DATABASE_URL=$PG_URL npm run test:two-servers
echo "== offline tarball"
npm run bundle
npm run test:bundle
echo "== every test passed"
