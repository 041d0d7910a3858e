#!/usr/bin/env bash
# Load driver for the SLA check pass: does its time follow the number of requests due, or the
# number open? Seeds PostgreSQL with generate_series, runs the pass over REST several times with
# OPEN open requests of which DUE are due, then again after doubling the open requests with the
# same DUE due, and prints the medians and their ratio.
#
# It (re)creates the PostgreSQL database $EHELP_DB_NAME and runs eHelp on it with ./ehelp, in the
# domain of $EHELP_PORT_BASE; it stops that domain at the end.
#
# Environment (defaults in brackets):
#   EHELP_PORT_BASE [25000]            port base of the eHelp domain
#   EHELP_DB_NAME [ehelp_bench_sla]    PostgreSQL database, dropped and re-created
#   SLA_BENCH_OPEN [1000000]           open requests in the first round; the second has twice as many
#   SLA_BENCH_DUE [3000]               requests due in both rounds
#   SLA_BENCH_RUNS [7]                 timed check passes per round
#   SLA_BENCH_WARMUP [3]               untimed passes before each round, to warm up the JIT
#   PGHOST, PGPORT, PGUSER, PGPASSWORD PostgreSQL connection [127.0.0.1, 5432, postgres, empty]
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
PORT_BASE=${EHELP_PORT_BASE:-25000}
DB=${EHELP_DB_NAME:-ehelp_bench_sla}
OPEN=${SLA_BENCH_OPEN:-1000000}
DUE=${SLA_BENCH_DUE:-3000}
RUNS=${SLA_BENCH_RUNS:-7}
WARMUP=${SLA_BENCH_WARMUP:-3}
API=http://127.0.0.1:$((PORT_BASE + 80))/ehelp/api/v1
# Seeded requests take ids from here on, far above those eHelp's sequence hands out.
FIRST_ID=100000000
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}

log() { printf '==> %s\n' "$*"; }
die() { printf 'sla-check: error: %s\n' "$*" >&2; exit 1; }
sql() { psql -X -q -v ON_ERROR_STOP=1 -d "$DB" -tA "$@"; }

[[ $DB =~ ^[A-Za-z_][A-Za-z0-9_]*$ ]] || die "invalid database name '$DB'"
for command in psql curl; do
  command -v "$command" >/dev/null || die "$command is not installed"
done

ehelp() {
  EHELP_PORT_BASE=$PORT_BASE EHELP_DB=postgres EHELP_DB_NAME=$DB EHELP_DEMO_DATA=accounts \
    "$ROOT/ehelp" "$@"
}

start() {
  ehelp stop >/dev/null
  log "Re-creating database $DB"
  psql -X -q -v ON_ERROR_STOP=1 -d postgres -c "DROP DATABASE IF EXISTS \"$DB\" WITH (FORCE)"
  psql -X -q -v ON_ERROR_STOP=1 -d postgres -c "CREATE DATABASE \"$DB\""
  log "Starting eHelp on it (demo accounts and SLA configuration only)"
  ehelp start >/dev/null
}

# Seeds open requests [from, to] with an SLA row each. Due rows passed their warning an hour ago;
# the others reach it in 30 days.
seed() {
  local from=$1 to=$2 due_to=$3
  sql <<SQL
INSERT INTO service_request (id, title, description, state, priority, channel, requester_id,
  filer_id, created_at, updated_at, history_count, version)
SELECT g, 'Benchmark request ' || g, 'Seeded by bench/sla-check.sh', 'SUBMITTED', 'P3', 'API',
  p.id, p.id, now() - interval '2 hours', now() - interval '2 hours', 1, 1
FROM generate_series($from, $to) g, (SELECT id FROM person WHERE login = 'rita') p;

INSERT INTO request_sla (request_id, policy_id, calendar_id, warning_percent,
  response_goal_minutes, response_status, response_elapsed_s, response_warn_at, response_due_at,
  resolution_goal_minutes, resolution_status, resolution_elapsed_s, resolution_warn_at,
  resolution_due_at, sla_level, due_at, next_check_at, stale, alerts_from,
  held_call_center_s, held_technician_s, held_responsible_s, held_requester_s, computed_at, version)
SELECT g, pol.id, pol.calendar_id, 75,
  240, 'RUNNING', 0, w.warn, w.warn + interval '10 days',
  1440, 'RUNNING', 0, w.warn + interval '20 days', w.warn + interval '30 days',
  'ON_TRACK', w.warn + interval '10 days', w.warn, FALSE, now() - interval '2 hours',
  0, 0, 0, 0, now(), 1
FROM generate_series($from, $to) g
CROSS JOIN (SELECT id, calendar_id FROM sla_policy WHERE name = 'P3 normal') pol
CROSS JOIN LATERAL (SELECT CASE WHEN g <= $due_to THEN now() - interval '1 hour'
  ELSE now() + interval '30 days' END AS warn) w;
SQL
}

# Puts the due rows back as they were before a pass marked them.
reset_due() {
  local last=$((FIRST_ID + DUE - 1))
  sql <<SQL
DELETE FROM sla_alert_recipient WHERE alert_id IN
  (SELECT id FROM sla_alert WHERE request_id BETWEEN $FIRST_ID AND $last);
DELETE FROM sla_alert WHERE request_id BETWEEN $FIRST_ID AND $last;
UPDATE request_sla SET response_marked = NULL, sla_level = 'ON_TRACK',
  next_check_at = response_warn_at, version = version + 1
WHERE request_id BETWEEN $FIRST_ID AND $last;
SQL
}

# Runs one pass over REST and prints "millis marked".
check_once() {
  local body
  body=$(curl -fsS --max-time 900 -u admin:admin -H 'Content-Type: application/json' \
    -X POST -d '{}' "$API/sla/check") || die "POST $API/sla/check failed"
  printf '%s %s\n' "$(sed -n 's/.*"millis":\([0-9]*\).*/\1/p' <<<"$body")" \
    "$(sed -n 's/.*"marked":\([0-9]*\).*/\1/p' <<<"$body")"
}

median() {
  sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

# Runs WARMUP passes over the due rows without timing them.
warm_up() {
  local i
  for ((i = 0; i < WARMUP; i++)); do
    reset_due
    check_once >/dev/null
  done
}

# Times RUNS passes that each marked every due row. A pass the timer ran in between finds nothing
# left to mark; it is discarded and run again.
round() {
  local label=$1 times=() millis marked tries=0
  while ((${#times[@]} < RUNS)); do
    ((++tries <= RUNS * 3)) || die "passes kept marking fewer than $DUE rows"
    reset_due
    read -r millis marked < <(check_once)
    if [[ $marked == "$DUE" ]]; then
      times+=("$millis")
    fi
  done
  local med
  med=$(printf '%s\n' "${times[@]}" | median)
  printf '%s: %s open, %s due, pass times (ms): %s, median %s ms\n' \
    "$label" "$(sql -c "SELECT count(*) FROM request_sla s JOIN service_request r ON r.id = s.request_id WHERE r.state NOT IN ('CLOSED', 'REJECTED')")" \
    "$DUE" "${times[*]}" "$med" >&2
  printf '%s\n' "$med"
}

main() {
  ((DUE <= OPEN)) || die "SLA_BENCH_DUE ($DUE) exceeds SLA_BENCH_OPEN ($OPEN)"
  start
  trap 'ehelp stop >/dev/null' EXIT

  log "Seeding $OPEN open requests, $DUE of them due"
  seed "$FIRST_ID" $((FIRST_ID + OPEN - 1)) $((FIRST_ID + DUE - 1))
  sql -c "VACUUM ANALYZE service_request" -c "VACUUM ANALYZE request_sla" >/dev/null
  log "Query plan of the due rows:"
  sql -c "EXPLAIN (COSTS OFF) SELECT request_id FROM request_sla WHERE next_check_at <= now() ORDER BY next_check_at LIMIT 200"
  warm_up
  local first second
  first=$(round "round 1")

  log "Seeding $OPEN more open requests, none due"
  seed $((FIRST_ID + OPEN)) $((FIRST_ID + 2 * OPEN - 1)) 0
  sql -c "VACUUM ANALYZE service_request" -c "VACUUM ANALYZE request_sla" >/dev/null
  warm_up
  second=$(round "round 2")

  awk -v a="$first" -v b="$second" -v o="$OPEN" -v d="$DUE" 'BEGIN {
    printf "median pass time: %s ms with %d open, %s ms with %d open, %d due each; ratio %.2f\n", a, o, b, 2 * o, d, b / a
  }'
}

main "$@"
