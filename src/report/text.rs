//! Case-insensitive comparison of names (statuses, people, labels) without allocating.

/// Case-insensitive ordering without allocating (Unicode lower-casing, char by char).
pub(crate) fn cmp_ci(a: &str, b: &str) -> std::cmp::Ordering {
    if a.is_ascii() && b.is_ascii() {
        return a
            .bytes()
            .map(|c| c.to_ascii_lowercase())
            .cmp(b.bytes().map(|c| c.to_ascii_lowercase()));
    }
    a.chars()
        .flat_map(char::to_lowercase)
        .cmp(b.chars().flat_map(char::to_lowercase))
}

/// Case-insensitive equality without allocating.
pub(crate) fn eq_ci(a: &str, b: &str) -> bool {
    if a.is_ascii() && b.is_ascii() {
        return a.eq_ignore_ascii_case(b);
    }
    a.chars()
        .flat_map(char::to_lowercase)
        .eq(b.chars().flat_map(char::to_lowercase))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn case_insensitive_helpers_handle_non_ascii() {
        assert!(eq_ci("ZOË", "zoë"));
        assert!(!eq_ci("zoe", "zoë"));
        assert_eq!(cmp_ci("ångström", "ÅNGSTRÖM"), std::cmp::Ordering::Equal);
        assert_eq!(cmp_ci("abc", "ABD"), std::cmp::Ordering::Less);
    }
}
