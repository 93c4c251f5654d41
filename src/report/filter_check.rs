//! Filter values checked against the synced data: a value that matches no synced ticket is
//! reported (with the nearest known value), so `--status "In Progres"` says so instead of
//! printing an empty report with exit 0.

use super::filter::{ACTIVE_SPRINT, Filters, assignee_matches, lower, parse_category};
use super::suggest::{closest, containing, quoted_list};
use crate::model::Ticket;
use std::collections::BTreeSet;

/// One sentence per filter value that matches nothing synced, e.g.
/// `--status 'In Progres' matches no synced ticket; did you mean 'In Progress'?`.
pub fn unmatched_values(f: &Filters, tickets: &[Ticket]) -> Vec<String> {
    let mut out = Vec::new();
    let mut check = |flag: &str, wanted: &[String], known: &dyn Fn(&mut BTreeSet<String>)| {
        if wanted.is_empty() {
            return;
        }
        let mut values = BTreeSet::new();
        known(&mut values);
        let lowered: BTreeSet<String> = values.iter().map(|v| lower(v)).collect();
        for w in wanted {
            if lowered.contains(&lower(w)) {
                continue;
            }
            out.push(unknown(flag, w, values.iter().map(String::as_str)));
        }
    };
    let statuses = |set: &mut BTreeSet<String>| {
        set.extend(tickets.iter().map(|t| t.status.clone()));
    };
    // A category (todo, in-progress, done) is always a valid status value.
    let status_values: Vec<String> = f
        .statuses
        .iter()
        .filter(|s| parse_category(s).is_none())
        .cloned()
        .collect();
    let excluded: Vec<String> = f
        .exclude_statuses
        .iter()
        .filter(|s| parse_category(s).is_none())
        .cloned()
        .collect();
    check("--status", &status_values, &statuses);
    check("--exclude-status", &excluded, &statuses);
    check("--type", &f.types, &|set| {
        set.extend(tickets.iter().map(|t| t.issue_type.clone()));
    });
    check("--label", &f.labels, &|set| {
        set.extend(tickets.iter().flat_map(|t| t.labels.iter().cloned()));
    });
    check("--priority", &f.priorities, &|set| {
        set.extend(tickets.iter().filter_map(|t| t.priority.clone()));
    });
    check("--component", &f.components, &|set| {
        set.extend(tickets.iter().flat_map(|t| t.components.iter().cloned()));
    });
    let sprints: Vec<String> = f
        .sprints
        .iter()
        .filter(|s| lower(s) != ACTIVE_SPRINT)
        .cloned()
        .collect();
    check("--sprint", &sprints, &|set| {
        set.extend(
            tickets
                .iter()
                .flat_map(|t| t.sprints.iter().map(|s| s.name.clone())),
        );
    });
    for a in &f.assignees {
        let low = lower(a);
        if tickets.iter().any(|t| assignee_matches(a, &low, t)) {
            continue;
        }
        let names: BTreeSet<&str> = tickets
            .iter()
            .filter_map(|t| t.assignee.as_ref().map(|p| p.display_name.as_str()))
            .collect();
        let partial = containing(a, names.iter().copied());
        out.push(if partial.is_empty() {
            unknown("--assignee", a, names.iter().copied())
        } else {
            format!(
                "--assignee '{a}' is nobody's whole name, email or account id; did you mean {}?",
                quoted_list(&partial, 5)
            )
        });
    }
    out
}

/// `--team` labels no member carries, against the labels members do carry.
pub fn unknown_team_labels(teams: &[String], known: &[String]) -> Vec<String> {
    unknown_names(
        "--team",
        teams,
        known.iter().map(String::as_str),
        "is no member's team label",
    )
}

/// Values given to `flag` that none of `known` is (whatever the case), each said as
/// "`flag` 'value' `what`" with the nearest known value: a team label no member carries (`what`
/// "is no member's team label"), a person nobody is.
pub fn unknown_names<'a>(
    flag: &str,
    given: &[String],
    known: impl IntoIterator<Item = &'a str> + Clone,
    what: &str,
) -> Vec<String> {
    let lowered: BTreeSet<String> = known.clone().into_iter().map(lower).collect();
    given
        .iter()
        .filter(|g| !lowered.contains(&lower(g)))
        .map(|g| unknown(flag, g, known.clone()).replace("matches no synced ticket", what))
        .collect()
}

fn unknown<'a>(
    flag: &str,
    value: &str,
    known: impl IntoIterator<Item = &'a str> + Clone,
) -> String {
    // `--capacity label:'x'`: a flag that ends in a prefix runs into its value.
    let sep = if flag.ends_with(':') { "" } else { " " };
    match closest(value, known.clone()) {
        Some(near) => {
            format!("{flag}{sep}'{value}' matches no synced ticket; did you mean '{near}'?")
        }
        None => {
            let all: Vec<&str> = known.into_iter().collect();
            if all.is_empty() {
                format!("{flag}{sep}'{value}' matches no synced ticket")
            } else {
                format!(
                    "{flag}{sep}'{value}' matches no synced ticket (known: {})",
                    quoted_list(&all, 6)
                )
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::testdata::generate;

    #[test]
    fn known_values_pass_and_typos_get_a_suggestion() {
        let tickets = generate(200, 3);
        let status = tickets[0].status.clone();
        let f = Filters {
            statuses: vec![status.to_uppercase(), "in-progress".into()],
            ..Filters::default()
        };
        assert!(unmatched_values(&f, &tickets).is_empty());
        let f = Filters {
            statuses: vec!["In Progres".into()],
            types: vec!["Storyy".into()],
            ..Filters::default()
        };
        assert_eq!(
            unmatched_values(&f, &tickets),
            [
                "--status 'In Progres' matches no synced ticket; did you mean 'In Progress'?",
                "--type 'Storyy' matches no synced ticket; did you mean 'Story'?",
            ]
        );
    }

    #[test]
    fn part_of_a_name_lists_the_people_it_could_mean() {
        let tickets = generate(300, 5);
        let first = tickets
            .iter()
            .find_map(|t| t.assignee.as_ref())
            .expect("someone is assigned")
            .display_name
            .clone();
        let given = first.split_whitespace().next().expect("a first name");
        let f = Filters {
            assignees: vec![given.to_string()],
            ..Filters::default()
        };
        let found = unmatched_values(&f, &tickets);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].contains(&format!("'{first}'")), "{found:?}");
        let f = Filters {
            assignees: vec![first, "unassigned".into()],
            ..Filters::default()
        };
        assert!(unmatched_values(&f, &tickets).is_empty());
    }

    #[test]
    fn team_labels_are_checked_against_the_members_labels() {
        let known = vec!["backend".to_string(), "frontend".to_string()];
        assert!(unknown_team_labels(&["Backend".into()], &known).is_empty());
        assert_eq!(
            unknown_team_labels(&["backnd".into()], &known),
            ["--team 'backnd' is no member's team label; did you mean 'backend'?"]
        );
    }
}
