#!/usr/bin/env bash
# Contract test: the real pycontribs `jira` client (3.10.5), unchanged, against jira-sim
# in both flavours. Prints "N passed, 0 failed" and exits non-zero on any failure.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
target="${CARGO_TARGET_DIR:-$root/target}"
venv="$target/contract-venv"

if [ ! -x "$venv/bin/python" ]; then
    python3 -m venv "$venv"
fi
if ! "$venv/bin/python" -c 'import sys, jira; sys.exit(jira.__version__ != "3.10.5")' 2>/dev/null; then
    "$venv/bin/pip" install --quiet --disable-pip-version-check "jira==3.10.5"
fi

cargo build --quiet -p jira-sim --manifest-path "$root/Cargo.toml"
bin="$target/debug/jira-sim"

# Credentials travel through private files, never through argv.
umask 077
work="$(mktemp -d)"
pids=()
cleanup() {
    for pid in "${pids[@]}"; do
        kill "$pid" 2>/dev/null || true
        wait "$pid" 2>/dev/null || true
    done
    rm -rf "$work"
}
trap cleanup EXIT INT TERM

# Started in this shell (not in $(...)) so the trap knows every pid.
start_sim() { # flavor; writes $work/<flavor>.json
    "$bin" --port 0 --json --flavor "$1" --seed 7 --projects 3 --issues 400 --users 12 \
        >"$work/$1.json" 2>"$work/$1.log" &
    pids+=("$!")
}

wait_for() { # flavor
    for _ in $(seq 1 200); do
        if [ -s "$work/$1.json" ]; then
            return 0
        fi
        sleep 0.05
    done
    echo "jira-sim ($1) did not start:" >&2
    cat "$work/$1.log" >&2
    return 1
}

start_sim cloud
start_sim datacenter
wait_for cloud
wait_for datacenter
"$venv/bin/python" "$here/test_pycontribs_jira.py" "$work/cloud.json" "$work/datacenter.json"
