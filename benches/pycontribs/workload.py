#!/usr/bin/env python3
"""What a user would write instead of `jirahub dashboard`: the pycontribs `jira` library (3.10.5)
fetching every issue of the given projects with the fields a workload report needs, then the
workload per assignee (open issues, open points, overdue). Used by `cargo bench --bench sync`.

Usage: workload.py SITE_JSON_FILE PROJECT...
The file holds {"url", "email", "api_token"} (credentials never travel through argv).
Prints one JSON line: {"issues": N, "assignees": M, "seconds": S}.
"""

import datetime
import json
import sys
import time

from jira import JIRA

FIELDS = "summary,status,assignee,duedate,customfield_10016,issuetype,updated"


def main():
    started = time.monotonic()
    with open(sys.argv[1]) as f:
        site = json.load(f)
    projects = sys.argv[2:]
    j = JIRA(server=site["url"], basic_auth=(site["email"], site["api_token"]))
    today = datetime.date.today().isoformat()
    workload = {}
    total = 0
    for key in projects:
        # The documented way to read everything: the client pages by nextPageToken itself.
        for issue in j.enhanced_search_issues(
            f"project = {key} ORDER BY key", maxResults=False, fields=FIELDS
        ):
            total += 1
            f = issue.fields
            if f.status.statusCategory.key == "done":
                continue
            who = f.assignee.accountId if f.assignee else None
            row = workload.setdefault(who, [0, 0.0, 0])
            row[0] += 1
            row[1] += getattr(f, "customfield_10016", None) or 0
            if f.duedate and f.duedate < today:
                row[2] += 1
    print(json.dumps({
        "issues": total,
        "assignees": len(workload),
        "seconds": round(time.monotonic() - started, 3),
    }))


if __name__ == "__main__":
    main()
