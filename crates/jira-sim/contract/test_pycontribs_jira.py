#!/usr/bin/env python3
"""Contract test: the pycontribs `jira` library (3.10.5), used unchanged, against jira-sim.

Usage: test_pycontribs_jira.py CLOUD_JSON_FILE DC_JSON_FILE
Each file holds the JSON line `jira-sim --json` prints (URL and credentials).
Expected numbers come from the simulator's own snapshot (`/_sim/snapshot`), never from the
Jira API under test. Ends with "N passed, M failed"; exits 1 if anything failed.
"""

import json
import sys
import traceback
import urllib.request

from jira import JIRA

RESULTS = []


def check(name, fn):
    try:
        fn()
    except Exception as e:  # noqa: BLE001 - report every failure and keep going
        RESULTS.append((name, False))
        print(f"FAIL {name}: {e!r}")
        traceback.print_exc()
    else:
        RESULTS.append((name, True))
        print(f"ok   {name}")


def expect(cond, msg):
    if not cond:
        raise AssertionError(msg)


def control(url, path):
    with urllib.request.urlopen(url + path, timeout=30) as r:
        return json.load(r)


def common_suite(flavor, j, info):
    url = info["url"]
    snap = control(url, "/_sim/snapshot")
    issues = snap["issues"]
    projects = sorted(p["key"] for p in snap["projects"])
    first = projects[0]
    in_first = [i for i in issues if i["project_key"] == first]

    def projects_match():
        got = sorted(p.key for p in j.projects())
        expect(got == projects, f"projects {got} != {projects}")

    def fields_have_sprint_and_points():
        fields = {f["id"]: f for f in j.fields()}
        sprint = fields[snap["fields"]["sprint"]]
        expect(sprint["schema"]["custom"] == "com.pyxis.greenhopper.jira:gh-sprint", sprint)
        expect(fields[snap["fields"]["story_points"]]["name"] == "Story Points", "Story Points field")

    def search_all_counts():
        found = j.search_issues(f"project = {first} ORDER BY key", maxResults=False)
        keys = [i.key for i in found]
        expect(len(keys) == len(set(keys)), "no duplicates")
        expect(len(keys) == len(in_first), f"{len(keys)} issues found, simulator has {len(in_first)}")
        expect(sorted(keys) == sorted(i["key"] for i in in_first), "same keys")

    def search_with_fields_and_hostile_label():
        label = '"quoted"'
        want = [i for i in issues if label in i["labels"]]
        jql = 'labels = "\\"quoted\\"" AND project in (%s)' % ", ".join(projects)
        found = j.search_issues(jql, maxResults=False, fields="summary,labels")
        expect(len(found) == len(want), f"{len(found)} != {len(want)}")
        for i in found:
            expect(label in i.fields.labels, i.fields.labels)

    def unassigned_and_done_counts():
        want = [i for i in in_first if i["assignee"] is None and i["status_category"] != "done"]
        jql = f"project = {first} AND assignee is EMPTY AND statusCategory != Done"
        found = j.search_issues(jql, maxResults=False, fields="assignee,status")
        expect(len(found) == len(want), f"{len(found)} != {len(want)}")
        for i in found:
            expect(i.fields.assignee is None, i.key)

    rich = max(issues, key=lambda i: (min(i["comment_count"], 3), min(i["worklog_count"], 21)))

    def issue_fields():
        got = j.issue(rich["key"])
        expect(got.key == rich["key"], got.key)
        expect(got.fields.summary == rich["summary"], "summary round-trips unchanged")
        expect(got.fields.status.name == rich["status"], got.fields.status.name)
        expect(got.fields.issuetype.name == rich["issue_type"], got.fields.issuetype.name)
        if rich["assignee"]:
            expect(got.fields.assignee.displayName == rich["assignee"]["display_name"], "assignee")
        sp_field = rich["story_points_field"]
        expect(getattr(got.fields, sp_field) == rich["story_points"], "story points in the board's field")

    def comments_and_worklogs():
        expect(len(j.comments(rich["key"])) == rich["comment_count"], "comment count")
        expect(len(j.worklogs(rich["key"])) == rich["worklog_count"], "worklog count")

    def boards_and_sprints():
        boards = j.boards(maxResults=False)
        expect(sorted(b.id for b in boards) == sorted(b["id"] for b in snap["boards"]), "boards")
        scrum = [b for b in snap["boards"] if b["kind"] == "scrum"]
        expect(scrum, "a scrum board")
        for b in scrum:
            sprints = j.sprints(b["id"], maxResults=False)
            want = sorted(s["id"] for s in snap["sprints"] if s["board_id"] == b["id"])
            expect(sorted(s.id for s in sprints) == want, f"sprints of board {b['id']}")
            states = {s.state for s in sprints}
            expect(states <= {"closed", "active", "future"}, states)

    def myself_is_the_admin():
        me = j.myself()
        if flavor == "cloud":
            expect(me["accountId"] == info["account_id"], me)
        else:
            expect(me["name"] == info["username"], me)

    check(f"{flavor}: myself", myself_is_the_admin)
    check(f"{flavor}: projects", projects_match)
    check(f"{flavor}: fields", fields_have_sprint_and_points)
    check(f"{flavor}: search_issues(maxResults=False) count", search_all_counts)
    check(f"{flavor}: hostile label search", search_with_fields_and_hostile_label)
    check(f"{flavor}: unassigned open issues", unassigned_and_done_counts)
    check(f"{flavor}: issue(key) fields", issue_fields)
    check(f"{flavor}: comments and worklogs", comments_and_worklogs)
    check(f"{flavor}: boards and sprints", boards_and_sprints)
    return snap


def cloud_suite(info):
    j = JIRA(server=info["url"], basic_auth=(info["email"], info["api_token"]))
    check("cloud: detected as Cloud", lambda: expect(j._is_cloud, j.deploymentType))
    snap = common_suite("cloud", j, info)
    first = sorted(p["key"] for p in snap["projects"])[0]
    want = sum(1 for i in snap["issues"] if i["project_key"] == first)

    def used_search_jql_not_removed_search():
        stats = control(info["url"], "/_sim/stats")["by_endpoint"]
        expect(stats.get("GET /rest/api/2/search/jql", 0) > 0, stats)
        expect(not any(k.endswith("/search") for k in stats), stats)

    def approximate_count():
        expect(j.approximate_issue_count(f"project = {first}") == want, "approximate count")

    def enhanced_search_pages_by_token():
        found = j.enhanced_search_issues(f"project = {first}", maxResults=False, fields="key")
        expect(len(found) == want, f"{len(found)} != {want}")

    check("cloud: search goes to /search/jql", used_search_jql_not_removed_search)
    check("cloud: approximate_issue_count", approximate_count)
    check("cloud: enhanced_search_issues token paging", enhanced_search_pages_by_token)


def dc_suite(info):
    j = JIRA(server=info["url"], token_auth=info["pat"])
    check("datacenter: detected as Server", lambda: expect(not j._is_cloud, j.deploymentType))
    common_suite("datacenter", j, info)

    def used_start_at_search():
        stats = control(info["url"], "/_sim/stats")["by_endpoint"]
        expect(stats.get("GET /rest/api/2/search", 0) > 0, stats)

    check("datacenter: search pages /rest/api/2/search by startAt", used_start_at_search)


def main():
    if len(sys.argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    with open(sys.argv[1]) as f:
        cloud = json.loads(f.readline())
    with open(sys.argv[2]) as f:
        dc = json.loads(f.readline())
    cloud_suite(cloud)
    dc_suite(dc)
    passed = sum(1 for _, ok in RESULTS if ok)
    failed = len(RESULTS) - passed
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
