#!/usr/bin/env bash
# Cron job: save the dashboard's tickets section as a dated CSV file, one per day.
#
#   examples/cron-export-csv.sh DIR [DASHBOARD FILTERS…]
#
# writes DIR/tickets-YYYY-MM-DD.csv (today's file is replaced when the job runs twice a day).
# jirahub syncs first when the snapshot is older than CACHE_TTL, so no separate sync job is
# needed. It runs as the account whose session is saved in ~/.local/state/jirahub (log in once
# by hand as the user cron runs as) or the one JIRAHUB_SESSION names. KEEP_DAYS=N deletes files
# older than N days.
#
# crontab -e (cron's PATH is minimal: say where jirahub is):
#   PATH=/home/me/.cargo/bin:/usr/bin:/bin
#   # weekdays at 07:00, one file a day, a month of history
#   0 7 * * 1-5  KEEP_DAYS=31 /home/me/jirahub/examples/cron-export-csv.sh /home/me/reports/jira >>/home/me/reports/jira/cron.log 2>&1
set -euo pipefail

dir=${1:?usage: cron-export-csv.sh DIR [dashboard filters…]}
shift
mkdir -p "$dir"
day=$(date +%F)
out="$dir/tickets-$day.csv"

# Write next to the target, then rename: a reader never sees half a file, and a failed run
# leaves the previous files as they were.
tmp=$(mktemp "$dir/.tickets-$day.XXXXXX")
trap 'rm -f "$tmp"' EXIT
jirahub dashboard --no-input --quiet -o csv --section tickets "$@" >"$tmp"
mv -f "$tmp" "$out"
trap - EXIT

if [ -n "${KEEP_DAYS:-}" ]; then
  find "$dir" -maxdepth 1 -type f -name 'tickets-*.csv' -mtime +"$KEEP_DAYS" -delete
fi
echo "wrote $out ($(($(wc -l <"$out") - 1)) tickets)"
