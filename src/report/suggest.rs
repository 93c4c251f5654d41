//! "Did you mean …?": the known values nearest to one the user typed, so that a filter value that
//! matches nothing says so instead of printing an empty report.

/// The known value closest to `typed` (case-insensitive), when it is close enough to be what was
/// meant: a small edit distance for its length, or a strong Jaro-Winkler similarity.
pub fn closest<'a>(typed: &str, known: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let typed = typed.trim().to_lowercase();
    if typed.is_empty() {
        return None;
    }
    let allowed_edits = match typed.chars().count() {
        0..=3 => 1,
        4..=8 => 2,
        _ => 3,
    };
    known
        .into_iter()
        .filter_map(|k| {
            let lower = k.to_lowercase();
            let edits = strsim::levenshtein(&typed, &lower);
            let similar = strsim::jaro_winkler(&typed, &lower);
            (edits <= allowed_edits || similar >= 0.9).then_some((edits, k))
        })
        .min_by(|(a, ka), (b, kb)| a.cmp(b).then_with(|| ka.cmp(kb)))
        .map(|(_, k)| k)
}

/// The known values that `typed` names in part: one of their words starts with it, or (for at
/// least three characters) it appears inside them. Case-insensitive, sorted, without repeats.
pub fn containing<'a>(typed: &str, known: impl IntoIterator<Item = &'a str>) -> Vec<&'a str> {
    let typed = typed.trim().to_lowercase();
    if typed.is_empty() {
        return Vec::new();
    }
    let mut out: Vec<&str> = known
        .into_iter()
        .filter(|k| {
            let lower = k.to_lowercase();
            lower.split_whitespace().any(|w| w.starts_with(&typed))
                || (typed.chars().count() >= 3 && lower.contains(&typed))
        })
        .collect();
    out.sort_unstable();
    out.dedup();
    out
}

/// `'a', 'b' or 'c'` (at most `max`, then `…`), for messages.
pub fn quoted_list(values: &[&str], max: usize) -> String {
    let mut parts: Vec<String> = values.iter().take(max).map(|v| format!("'{v}'")).collect();
    if values.len() > max {
        parts.push("…".to_string());
    }
    match parts.len() {
        0 => String::new(),
        1 => parts.remove(0),
        n => format!("{} or {}", parts[..n - 1].join(", "), parts[n - 1]),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_typo_finds_the_value_meant() {
        let statuses = ["To Do", "In Progress", "In Review", "Done"];
        assert_eq!(closest("In Progres", statuses), Some("In Progress"));
        assert_eq!(closest("in progress", statuses), Some("In Progress"));
        assert_eq!(closest("dnoe", statuses), Some("Done"));
        assert_eq!(closest("backnd", ["backend", "frontend"]), Some("backend"));
        assert_eq!(closest("Shipped", statuses), None);
        assert_eq!(closest("", statuses), None);
    }

    #[test]
    fn part_of_a_name_finds_everyone_it_could_mean() {
        let people = ["Aiko Tanaka", "Aiko Costa", "Sam Nguyen", "Kaiko Mori"];
        assert_eq!(
            containing("aiko", people),
            ["Aiko Costa", "Aiko Tanaka", "Kaiko Mori"]
        );
        assert_eq!(containing("Ng", people), ["Sam Nguyen"]);
        assert_eq!(containing("zz", people), Vec::<&str>::new());
    }

    #[test]
    fn lists_read_as_sentences() {
        assert_eq!(quoted_list(&["a"], 3), "'a'");
        assert_eq!(quoted_list(&["a", "b", "c"], 3), "'a', 'b' or 'c'");
        assert_eq!(quoted_list(&["a", "b", "c", "d"], 2), "'a', 'b' or …");
    }
}
