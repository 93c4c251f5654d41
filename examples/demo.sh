#!/usr/bin/env bash
# The main job in one command: start the bundled Jira simulator, set up a throwaway jirahub
# account against it (temporary HOME, nothing touches yours), sync, and show the dashboard.
#
#   bash examples/demo.sh            # table
#   bash examples/demo.sh -o json    # any dashboard flags are passed through
#   JIRAHUB_BIN_DIR=/usr/local/bin bash examples/demo.sh   # installed jirahub and jira-sim, no cargo
#   DEMO_DATABASE_URL=postgres://… DEMO_REDIS_URL=redis://… bash examples/demo.sh
#                                    # a store and cache of your own (default: SQLite and the
#                                    # embedded cache in the throwaway HOME)
set -euo pipefail
cd "$(dirname "$0")/.."

if [ -n "${JIRAHUB_BIN_DIR:-}" ]; then
  bin=$JIRAHUB_BIN_DIR
else
  cargo build --quiet --bin jirahub && cargo build --quiet -p jira-sim --bin jira-sim
  bin="${CARGO_TARGET_DIR:-$PWD/target}/debug"
fi

home=$(mktemp -d)
sim_out="$home/sim.json"
cleanup() {
  [ -n "${sim_pid:-}" ] && kill "$sim_pid" 2>/dev/null || true
  rm -rf "$home"
}
trap cleanup EXIT

"$bin/jira-sim" --port 0 --seed 7 --projects 4 --issues 2000 --users 30 --json >"$sim_out" 2>/dev/null &
sim_pid=$!
for _ in $(seq 1 100); do [ -s "$sim_out" ] && break; sleep 0.1; done
[ -s "$sim_out" ] || { echo "demo: the simulator did not start" >&2; exit 1; }

# The first occurrence of a string field in the simulator's JSON line (the seeded admin),
# without needing jq.
field() { grep -o "\"$1\":\"[^\"]*\"" "$sim_out" | head -n 1 | cut -d'"' -f4; }
url=$(field url)
email=$(field email)
token=$(field api_token)

export HOME="$home" XDG_CONFIG_HOME="$home/.config" XDG_DATA_HOME="$home/.local/share" \
  XDG_STATE_HOME="$home/.local/state" XDG_CACHE_HOME="$home/.cache"
unset DATABASE_URL REDIS_URL JIRAHUB_SESSION
[ -n "${DEMO_DATABASE_URL:-}" ] && export DATABASE_URL=$DEMO_DATABASE_URL
[ -n "${DEMO_REDIS_URL:-}" ] && export REDIS_URL=$DEMO_REDIS_URL
jh() { "$bin/jirahub" "$@"; }

echo "demo password" | jh register -q --email lead@example.com --password-stdin >/dev/null
echo "demo password" | jh login -q --email lead@example.com --password-stdin >/dev/null
echo "$token" | jh connect -q --url "$url" --email "$email" --token-stdin >/dev/null
# shellcheck disable=SC2046 # one argument per project key
jh projects select -q $(jh projects discover -o csv | tail -n +2 | cut -d, -f1 | tr -d '\r') >/dev/null
jh sync --quiet >/dev/null
jh dashboard "$@"
