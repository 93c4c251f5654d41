#!/usr/bin/env bash
# CI job: log in from secrets, sync, write the workload report as JSON, and fail when more
# tickets are overdue than allowed.
#
#   examples/ci-workload-report.sh [REPORT.json [DASHBOARD FILTERS…]]   (default: workload-report.json)
#
# Environment — from the CI's secret store, never on a command line:
#   JIRAHUB_EMAIL, JIRAHUB_PASSWORD        the jirahub account; registered on first use when the
#                                          store is empty (a fresh runner with the default SQLite)
#   JIRA_URL, JIRA_EMAIL, JIRA_API_TOKEN   the Jira site and an API token (a PAT on Data Center)
# Optional:
#   MAX_OVERDUE        fail when more tickets than this are overdue (default 0)
#   JIRAHUB_PROJECTS   project keys to report on, space-separated (default: every visible one)
#   DATABASE_URL, REDIS_URL   a shared store and cache instead of the runner's local files
#
# Exit status: 0 ok; 6 when overdue work exceeds MAX_OVERDUE (the report is still written);
# anything else is jirahub's own exit code (3 credentials, 5 Jira unavailable, …).
# Needs jirahub and jq on PATH.
set -euo pipefail

: "${JIRAHUB_EMAIL:?set JIRAHUB_EMAIL}"
: "${JIRAHUB_PASSWORD:?set JIRAHUB_PASSWORD}"
: "${JIRA_URL:?set JIRA_URL}"
: "${JIRA_EMAIL:?set JIRA_EMAIL}"
: "${JIRA_API_TOKEN:?set JIRA_API_TOKEN}"
report=${1:-workload-report.json}
[ $# -gt 0 ] && shift
max=${MAX_OVERDUE:-0}
case $max in '' | *[!0-9]*) echo "MAX_OVERDUE must be a whole number, got '$max'" >&2; exit 2 ;; esac
command -v jq >/dev/null || { echo "jq is required" >&2; exit 2; }

# jirahub reads the secrets from the environment itself (JIRAHUB_PASSWORD, JIRA_API_TOKEN).
export JIRAHUB_EMAIL JIRAHUB_PASSWORD JIRA_URL JIRA_EMAIL JIRA_API_TOKEN
jh() { jirahub --no-input --quiet "$@"; }

if ! login_error=$(jh login 2>&1 >/dev/null); then
  echo "login failed (${login_error#error: }); registering $JIRAHUB_EMAIL on this store" >&2
  jh register >/dev/null
  jh login >/dev/null
fi
jh connect --url "$JIRA_URL" --email "$JIRA_EMAIL" >/dev/null
if [ -n "${JIRAHUB_PROJECTS:-}" ]; then
  read -r -a projects <<<"$JIRAHUB_PROJECTS"
else
  mapfile -t projects < <(jh projects discover -o json | jq -r '.projects[].key')
fi
[ ${#projects[@]} -gt 0 ] || { echo "no Jira projects to report on" >&2; exit 4; }
jh projects select "${projects[@]}" >/dev/null
jh sync >/dev/null
jh dashboard --offline -o json --section all "$@" >"$report"

overdue=$(jq -e '.summary.overdue' "$report")
total=$(jq -e '.summary.total_tickets' "$report")
echo "workload report: $total tickets, $overdue overdue (limit $max) -> $report"
if [ "$overdue" -gt "$max" ]; then
  # Keys and numbers only: ticket text from Jira does not belong in CI logs, where a crafted
  # summary could pass for a CI command.
  echo "error: $overdue overdue tickets exceed the limit of $max; the most late:" >&2
  jq -r '.overdue | sort_by(-.days_late) | .[:10][] | "  \(.key)  \(.days_late) days late"' "$report" >&2
  exit 6
fi
