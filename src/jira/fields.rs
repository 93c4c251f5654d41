//! Custom-field discovery: custom field ids differ on every site, so jirahub finds the fields it
//! needs (story points, sprint, team, epic link) in `GET /field` by schema and name, and lets the
//! user pin an id when the guess is wrong.

use serde::{Deserialize, Serialize};

use super::wire::{BoardConfiguration, Field};

/// `schema.custom` values jirahub recognises (API-FACTS §5).
pub mod custom_types {
    pub const FLOAT: &str = "com.atlassian.jira.plugin.system.customfieldtypes:float";
    pub const JSW_STORY_POINTS: &str = "com.pyxis.greenhopper.jira:jsw-story-points";
    pub const SPRINT: &str = "com.pyxis.greenhopper.jira:gh-sprint";
    pub const EPIC_LINK: &str = "com.pyxis.greenhopper.jira:gh-epic-link";
    pub const ATLASSIAN_TEAM: &str =
        "com.atlassian.jira.plugin.system.customfieldtypes:atlassian-team";
    pub const RM_TEAM: &str = "com.atlassian.teams:rm-teams-custom-field-team";
}

/// Names (case-insensitive) under which sites keep story points in a numeric field.
const STORY_POINT_NAMES: &[&str] = &[
    "story points",
    "story point estimate",
    "story point",
    "storypoints",
    "story points estimate",
    "story-points",
];

/// The custom fields a site uses for what jirahub reports.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldMap {
    /// Candidate story-point field ids in priority order; a ticket's points are the first
    /// non-null one (a site can have both "Story Points" and "Story point estimate").
    pub story_points: Vec<String>,
    pub sprint: Option<String>,
    pub team: Option<String>,
    pub epic_link: Option<String>,
}

/// Field ids the user pinned (`jirahub fields set story-points customfield_10026`); a pin wins
/// over discovery.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldPins {
    pub story_points: Option<String>,
    pub sprint: Option<String>,
    pub team: Option<String>,
    pub epic_link: Option<String>,
}

impl FieldMap {
    /// Discovers the fields from the `/field` list, then applies the pins.
    pub fn discover(fields: &[Field], pins: &FieldPins) -> FieldMap {
        let is_number = |f: &Field| {
            f.schema.as_ref().and_then(|s| s.kind.as_deref()) == Some("number")
                || custom_of(f) == Some(custom_types::FLOAT)
        };
        let named_story_points = |f: &Field| {
            let name = f.name.trim().to_lowercase();
            STORY_POINT_NAMES.contains(&name.as_str())
        };

        // Priority: Jira Software's own estimate field (team-managed and newer sites), then a
        // float field named like story points (company-managed), then any other numeric field
        // with a story-point name. Within a tier, `/field` order.
        let tiers: [&dyn Fn(&Field) -> bool; 3] = [
            &|f| custom_of(f) == Some(custom_types::JSW_STORY_POINTS),
            &|f| custom_of(f) == Some(custom_types::FLOAT) && named_story_points(f),
            &|f| f.custom && is_number(f) && named_story_points(f),
        ];
        let mut story_points: Vec<String> = Vec::new();
        for tier in tiers {
            for f in fields.iter().filter(|f| tier(f)) {
                if !story_points.contains(&f.id) {
                    story_points.push(f.id.clone());
                }
            }
        }
        if let Some(pin) = &pins.story_points {
            story_points.retain(|id| id != pin);
            story_points.insert(0, pin.clone());
        }

        let first = |custom: &[&str]| {
            fields
                .iter()
                .find(|f| custom_of(f).is_some_and(|c| custom.contains(&c)))
                .map(|f| f.id.clone())
        };
        let sprint = pins
            .sprint
            .clone()
            .or_else(|| first(&[custom_types::SPRINT]));
        let team = pins.team.clone().or_else(|| {
            first(&[custom_types::ATLASSIAN_TEAM, custom_types::RM_TEAM]).or_else(|| {
                fields
                    .iter()
                    .find(|f| f.custom && f.name.trim().eq_ignore_ascii_case("team"))
                    .map(|f| f.id.clone())
            })
        });
        let epic_link = pins
            .epic_link
            .clone()
            .or_else(|| first(&[custom_types::EPIC_LINK]));

        FieldMap {
            story_points,
            sprint,
            team,
            epic_link,
        }
    }

    /// Puts a board's estimation field (the authoritative answer for that board) first.
    pub fn prefer_story_points(&mut self, field_id: &str) {
        self.story_points.retain(|id| id != field_id);
        self.story_points.insert(0, field_id.to_string());
    }
}

fn custom_of(f: &Field) -> Option<&str> {
    f.schema.as_ref().and_then(|s| s.custom.as_deref())
}

/// The field a board estimates with, when it estimates by a field (not by issue count).
pub fn board_estimation_field(config: &BoardConfiguration) -> Option<String> {
    let est = config.estimation.as_ref()?;
    if est.kind.as_deref().is_some_and(|k| k != "field") {
        return None;
    }
    est.field.as_ref().map(|f| f.field_id.clone())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::jira::wire::FieldSchema;

    fn sample_fields() -> Vec<Field> {
        let text = crate::jira::samples::sample("cloud-v3-field-list.json");
        serde_json::from_str(&text).expect("the field list parses")
    }

    fn custom_field(id: &str, name: &str, kind: &str, custom: &str) -> Field {
        Field {
            id: id.into(),
            key: Some(id.into()),
            name: name.into(),
            custom: true,
            schema: Some(FieldSchema {
                kind: Some(kind.into()),
                items: None,
                system: None,
                custom: Some(custom.into()),
                custom_id: None,
            }),
            clause_names: vec![],
        }
    }

    #[test]
    fn cloud_sample_finds_both_story_point_fields_estimate_first() {
        let map = FieldMap::discover(&sample_fields(), &FieldPins::default());
        assert_eq!(
            map.story_points,
            vec!["customfield_10016", "customfield_10036"]
        );
    }

    #[test]
    fn cloud_sample_finds_sprint_team_and_epic_link() {
        let map = FieldMap::discover(&sample_fields(), &FieldPins::default());
        assert_eq!(map.sprint.as_deref(), Some("customfield_10020"));
        assert_eq!(map.team.as_deref(), Some("customfield_10001"));
        assert_eq!(map.epic_link.as_deref(), Some("customfield_10014"));
    }

    #[test]
    fn company_managed_story_points_float_is_found_alone() {
        let fields = [
            custom_field(
                "customfield_10002",
                "Story Points",
                "number",
                custom_types::FLOAT,
            ),
            custom_field("customfield_10003", "Budget", "number", custom_types::FLOAT),
        ];
        let map = FieldMap::discover(&fields, &FieldPins::default());
        assert_eq!(map.story_points, vec!["customfield_10002"]);
    }

    #[test]
    fn team_managed_story_point_estimate_is_found_alone() {
        let fields = [custom_field(
            "customfield_10026",
            "Story point estimate",
            "number",
            custom_types::JSW_STORY_POINTS,
        )];
        let map = FieldMap::discover(&fields, &FieldPins::default());
        assert_eq!(map.story_points, vec!["customfield_10026"]);
    }

    #[test]
    fn other_numeric_field_with_a_story_point_name_is_a_last_resort() {
        let fields = [
            custom_field(
                "customfield_1",
                "Story Point",
                "number",
                "com.example:number",
            ),
            custom_field(
                "customfield_2",
                "Story Points",
                "string",
                "com.example:text",
            ),
        ];
        let map = FieldMap::discover(&fields, &FieldPins::default());
        assert_eq!(map.story_points, vec!["customfield_1"]);
    }

    #[test]
    fn advanced_roadmaps_and_atlassian_team_fields_are_both_recognised() {
        let rm = [custom_field(
            "customfield_5",
            "Team",
            "any",
            custom_types::RM_TEAM,
        )];
        let at = [custom_field(
            "customfield_6",
            "Squad",
            "team",
            custom_types::ATLASSIAN_TEAM,
        )];
        assert_eq!(
            FieldMap::discover(&rm, &FieldPins::default())
                .team
                .as_deref(),
            Some("customfield_5")
        );
        assert_eq!(
            FieldMap::discover(&at, &FieldPins::default())
                .team
                .as_deref(),
            Some("customfield_6")
        );
    }

    #[test]
    fn pins_win_over_discovery() {
        let pins = FieldPins {
            story_points: Some("customfield_10036".into()),
            sprint: Some("customfield_99".into()),
            ..FieldPins::default()
        };
        let map = FieldMap::discover(&sample_fields(), &pins);
        assert_eq!(
            map.story_points,
            vec!["customfield_10036", "customfield_10016"]
        );
        assert_eq!(map.sprint.as_deref(), Some("customfield_99"));
    }

    #[test]
    fn no_custom_fields_means_nothing_discovered() {
        let map = FieldMap::discover(&[], &FieldPins::default());
        assert_eq!(map, FieldMap::default());
    }

    #[test]
    fn board_configuration_names_its_estimation_field() {
        let text = crate::jira::samples::sample("agile-cloud-board-configuration-scrum.json");
        let cfg: BoardConfiguration = serde_json::from_str(&text).expect("parses");
        assert_eq!(
            board_estimation_field(&cfg).as_deref(),
            Some("customfield_10036")
        );

        let mut map = FieldMap::discover(&sample_fields(), &FieldPins::default());
        map.prefer_story_points("customfield_10036");
        assert_eq!(
            map.story_points,
            vec!["customfield_10036", "customfield_10016"]
        );
    }

    #[test]
    fn board_estimating_by_issue_count_has_no_field() {
        let cfg: BoardConfiguration = serde_json::from_value(serde_json::json!({
            "id": 1, "estimation": {"type": "issueCount"}
        }))
        .expect("parses");
        assert_eq!(board_estimation_field(&cfg), None);
    }
}
