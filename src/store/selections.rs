//! Which Jira projects and boards each user reports on.
//!
//! Project keys are stored upper-case (Jira's own keys always are), so `proj` and `PROJ` name
//! the same project.

use diesel::prelude::*;

use super::schema::{user_boards, user_projects};
use super::{SelectedBoard, SelectedProject, Store};
use crate::{Error, Result};

impl Store {
    /// Adds projects to the user's selection; an already selected project gets its id and
    /// name refreshed.
    pub fn select_projects(&self, user_id: i64, projects: &[SelectedProject]) -> Result<()> {
        let projects = projects
            .iter()
            .map(|p| {
                Ok(SelectedProject {
                    key: project_key(&p.key)?,
                    ..p.clone()
                })
            })
            .collect::<Result<Vec<_>>>()?;
        self.transaction(|c| {
            for p in &projects {
                let mine = user_projects::table
                    .filter(user_projects::user_id.eq(user_id))
                    .filter(user_projects::project_key.eq(&p.key));
                let updated = diesel::update(mine)
                    .set((
                        user_projects::project_id.eq(&p.id),
                        user_projects::name.eq(&p.name),
                    ))
                    .execute(c)?;
                if updated == 0 {
                    diesel::insert_into(user_projects::table)
                        .values((
                            user_projects::user_id.eq(user_id),
                            user_projects::project_key.eq(&p.key),
                            user_projects::project_id.eq(&p.id),
                            user_projects::name.eq(&p.name),
                        ))
                        .execute(c)
                        .map_err(|e| super::error::or_no_user(e, user_id))?;
                }
            }
            Ok(())
        })
    }

    /// Removes projects (and the boards selected under them) from the user's selection;
    /// returns how many projects were removed.
    pub fn deselect_projects(&self, user_id: i64, keys: &[String]) -> Result<usize> {
        let keys = keys
            .iter()
            .map(|k| project_key(k))
            .collect::<Result<Vec<_>>>()?;
        self.transaction(|c| {
            diesel::delete(
                user_boards::table
                    .filter(user_boards::user_id.eq(user_id))
                    .filter(user_boards::project_key.eq_any(&keys)),
            )
            .execute(c)?;
            Ok(diesel::delete(
                user_projects::table
                    .filter(user_projects::user_id.eq(user_id))
                    .filter(user_projects::project_key.eq_any(&keys)),
            )
            .execute(c)?)
        })
    }

    /// The user's selected projects, by key.
    pub fn selected_projects(&self, user_id: i64) -> Result<Vec<SelectedProject>> {
        self.with_conn(|c| {
            let rows: Vec<(String, String, String)> = user_projects::table
                .filter(user_projects::user_id.eq(user_id))
                .select((
                    user_projects::project_key,
                    user_projects::project_id,
                    user_projects::name,
                ))
                .load(c)?;
            let mut projects: Vec<SelectedProject> = rows
                .into_iter()
                .map(|(key, id, name)| SelectedProject { key, id, name })
                .collect();
            // Sorted here: the backends' text collations differ.
            projects.sort_by(|a, b| a.key.cmp(&b.key));
            Ok(projects)
        })
    }

    /// Adds boards to the user's selection; an already selected board gets its name and type
    /// refreshed.
    pub fn select_boards(&self, user_id: i64, boards: &[SelectedBoard]) -> Result<()> {
        let boards = boards
            .iter()
            .map(|b| {
                Ok(SelectedBoard {
                    project_key: project_key(&b.project_key)?,
                    ..b.clone()
                })
            })
            .collect::<Result<Vec<_>>>()?;
        self.transaction(|c| {
            for b in &boards {
                let mine = user_boards::table
                    .filter(user_boards::user_id.eq(user_id))
                    .filter(user_boards::project_key.eq(&b.project_key))
                    .filter(user_boards::board_id.eq(b.id));
                let updated = diesel::update(mine)
                    .set((
                        user_boards::name.eq(&b.name),
                        user_boards::board_type.eq(&b.board_type),
                    ))
                    .execute(c)?;
                if updated == 0 {
                    diesel::insert_into(user_boards::table)
                        .values((
                            user_boards::user_id.eq(user_id),
                            user_boards::project_key.eq(&b.project_key),
                            user_boards::board_id.eq(b.id),
                            user_boards::name.eq(&b.name),
                            user_boards::board_type.eq(&b.board_type),
                        ))
                        .execute(c)
                        .map_err(|e| super::error::or_no_user(e, user_id))?;
                }
            }
            Ok(())
        })
    }

    /// Removes boards of one project from the user's selection; returns how many.
    pub fn deselect_boards(
        &self,
        user_id: i64,
        project_key: &str,
        board_ids: &[i64],
    ) -> Result<usize> {
        let key = self::project_key(project_key)?;
        self.with_conn(|c| {
            Ok(diesel::delete(
                user_boards::table
                    .filter(user_boards::user_id.eq(user_id))
                    .filter(user_boards::project_key.eq(&key))
                    .filter(user_boards::board_id.eq_any(board_ids)),
            )
            .execute(c)?)
        })
    }

    /// The user's selected boards, by project then board id.
    pub fn selected_boards(&self, user_id: i64) -> Result<Vec<SelectedBoard>> {
        self.with_conn(|c| {
            let rows: Vec<(String, i64, String, String)> = user_boards::table
                .filter(user_boards::user_id.eq(user_id))
                .select((
                    user_boards::project_key,
                    user_boards::board_id,
                    user_boards::name,
                    user_boards::board_type,
                ))
                .load(c)?;
            let mut boards: Vec<SelectedBoard> = rows
                .into_iter()
                .map(|(project_key, id, name, board_type)| SelectedBoard {
                    project_key,
                    id,
                    name,
                    board_type,
                })
                .collect();
            boards.sort_by(|a, b| (&a.project_key, a.id).cmp(&(&b.project_key, b.id)));
            Ok(boards)
        })
    }
}

/// Trimmed, upper-cased, non-empty.
fn project_key(key: &str) -> Result<String> {
    let key = key.trim().to_ascii_uppercase();
    if key.is_empty() {
        return Err(Error::usage("empty project key"));
    }
    Ok(key)
}

#[cfg(test)]
mod tests {
    use crate::store::test_support::sqlite_store;
    use crate::store::{SelectedBoard, SelectedProject};

    fn project(key: &str, name: &str) -> SelectedProject {
        SelectedProject {
            key: key.into(),
            id: format!("1{}", key.len()),
            name: name.into(),
        }
    }

    fn board(project_key: &str, id: i64) -> SelectedBoard {
        SelectedBoard {
            project_key: project_key.into(),
            id,
            name: format!("Board {id}"),
            board_type: "scrum".into(),
        }
    }

    #[test]
    fn selecting_a_project_twice_refreshes_it_instead_of_duplicating() {
        let (store, _dir) = sqlite_store();
        let u = store
            .register_user("u@example.com", "h")
            .expect("registers");
        store
            .select_projects(u.id, &[project("web", "Web")])
            .expect("selects");
        store
            .select_projects(u.id, &[project("WEB", "Website")])
            .expect("selects again");
        let got = store.selected_projects(u.id).expect("lists");
        assert_eq!(got.len(), 1);
        assert_eq!(got[0].key, "WEB");
        assert_eq!(got[0].name, "Website");
    }

    #[test]
    fn deselecting_a_project_drops_its_boards_and_counts_projects() {
        let (store, _dir) = sqlite_store();
        let u = store
            .register_user("u@example.com", "h")
            .expect("registers");
        store
            .select_projects(u.id, &[project("WEB", "Web"), project("API", "Api")])
            .expect("selects");
        store
            .select_boards(u.id, &[board("WEB", 1), board("API", 2)])
            .expect("selects");
        let removed = store
            .deselect_projects(u.id, &["web".into(), "NOPE".into()])
            .expect("ok");
        assert_eq!(removed, 1);
        let boards = store.selected_boards(u.id).expect("lists");
        assert_eq!(boards, [board("API", 2)]);
    }

    #[test]
    fn boards_are_selected_idempotently_and_deselected_by_id() {
        let (store, _dir) = sqlite_store();
        let u = store
            .register_user("u@example.com", "h")
            .expect("registers");
        store
            .select_boards(u.id, &[board("WEB", 3), board("WEB", 1)])
            .expect("selects");
        store
            .select_boards(u.id, &[board("WEB", 3)])
            .expect("selects again");
        let ids: Vec<i64> = store
            .selected_boards(u.id)
            .expect("lists")
            .iter()
            .map(|b| b.id)
            .collect();
        assert_eq!(ids, [1, 3]);
        assert_eq!(
            store
                .deselect_boards(u.id, "web", &[3, 99])
                .expect("deselects"),
            1
        );
        assert_eq!(
            store.selected_boards(u.id).expect("lists"),
            [board("WEB", 1)]
        );
    }

    #[test]
    fn empty_project_key_is_a_usage_error() {
        let (store, _dir) = sqlite_store();
        let u = store
            .register_user("u@example.com", "h")
            .expect("registers");
        assert!(
            store
                .select_projects(u.id, &[project(" ", "Blank")])
                .is_err()
        );
    }
}
