//! Saved views: a named set of `dashboard` or `insights <report>` flags per account. An admin can
//! publish one of theirs so that every account can run it by name; published names are unique.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::Store;
use super::models::{from_db, now_db};
use super::schema::{saved_views, users};
use crate::{Error, Result};

/// A saved view as stored: the command words and the flags as `--long=value` tokens.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SavedView {
    pub name: String,
    /// `dashboard` or `insights <report>`.
    pub command: String,
    pub args: Vec<String>,
    pub published: bool,
    /// The email of the account that saved it.
    pub owner: String,
    pub owner_id: i64,
    pub updated_at: chrono::DateTime<chrono::Utc>,
}

type Row = (String, String, String, bool, String, i64, NaiveDateTime);

fn from_row((name, command, args, published, owner, owner_id, updated): Row) -> Result<SavedView> {
    let args: Vec<String> = serde_json::from_str(&args)
        .map_err(|e| Error::unexpected(format!("saved view {name} is unreadable: {e}")))?;
    Ok(SavedView {
        name,
        command,
        args,
        published,
        owner,
        owner_id,
        updated_at: from_db(updated),
    })
}

macro_rules! view_columns {
    () => {
        (
            saved_views::name,
            saved_views::command,
            saved_views::args,
            saved_views::published,
            users::email,
            saved_views::user_id,
            saved_views::updated_at,
        )
    };
}

impl Store {
    /// Saves (or, with `replace`, overwrites) the user's view `name`. Returns whether it replaced
    /// one. A published view stays published when it is replaced.
    pub fn save_view(
        &self,
        user_id: i64,
        name: &str,
        command: &str,
        args: &[String],
        replace: bool,
    ) -> Result<bool> {
        let args = serde_json::to_string(args)
            .map_err(|e| Error::unexpected(format!("cannot encode the view: {e}")))?;
        self.transaction(|c| {
            let now = now_db();
            let exists = saved_views::table
                .filter(saved_views::user_id.eq(user_id))
                .filter(saved_views::name.eq(name))
                .count()
                .get_result::<i64>(c)?
                > 0;
            if exists && !replace {
                return Err(
                    Error::usage(format!("you already have a view named {name}"))
                        .with_hint("add --replace to overwrite it, or pick another name"),
                );
            }
            if exists {
                diesel::update(
                    saved_views::table
                        .filter(saved_views::user_id.eq(user_id))
                        .filter(saved_views::name.eq(name)),
                )
                .set((
                    saved_views::command.eq(command),
                    saved_views::args.eq(&args),
                    saved_views::updated_at.eq(now),
                ))
                .execute(c)?;
            } else {
                diesel::insert_into(saved_views::table)
                    .values((
                        saved_views::user_id.eq(user_id),
                        saved_views::name.eq(name),
                        saved_views::command.eq(command),
                        saved_views::args.eq(&args),
                        saved_views::published.eq(false),
                        saved_views::created_at.eq(now),
                        saved_views::updated_at.eq(now),
                    ))
                    .execute(c)
                    .map_err(|e| super::error::or_no_user(e, user_id))?;
            }
            Ok(exists)
        })
    }

    /// The user's own views, then the views others published, each by name.
    pub fn views(&self, user_id: i64) -> Result<Vec<SavedView>> {
        self.with_conn(|c| {
            let rows: Vec<Row> = saved_views::table
                .inner_join(users::table)
                .filter(
                    saved_views::user_id
                        .eq(user_id)
                        .or(saved_views::published.eq(true)),
                )
                .select(view_columns!())
                .load(c)?;
            let mut views = rows.into_iter().map(from_row).collect::<Result<Vec<_>>>()?;
            views.sort_by(|a, b| {
                (a.owner_id != user_id, &a.name).cmp(&(b.owner_id != user_id, &b.name))
            });
            Ok(views)
        })
    }

    /// The view `name` as the user runs it: their own, else the one published under that name.
    pub fn find_view(&self, user_id: i64, name: &str) -> Result<Option<SavedView>> {
        let views = self.views(user_id)?;
        Ok(views
            .iter()
            .find(|v| v.owner_id == user_id && v.name == name)
            .or_else(|| views.iter().find(|v| v.published && v.name == name))
            .cloned())
    }

    /// Deletes the user's own view; `false` if they have none by that name.
    pub fn delete_view(&self, user_id: i64, name: &str) -> Result<bool> {
        self.with_conn(|c| {
            Ok(diesel::delete(
                saved_views::table
                    .filter(saved_views::user_id.eq(user_id))
                    .filter(saved_views::name.eq(name)),
            )
            .execute(c)?
                > 0)
        })
    }

    /// Publishes (or withdraws) the user's own view `name`. Two published views never share a
    /// name, so `--view NAME` always means one.
    pub fn publish_view(&self, user_id: i64, name: &str, published: bool) -> Result<()> {
        self.transaction(|c| {
            if published {
                let taken: Vec<String> = saved_views::table
                    .inner_join(users::table)
                    .filter(saved_views::published.eq(true))
                    .filter(saved_views::name.eq(name))
                    .filter(saved_views::user_id.ne(user_id))
                    .select(users::email)
                    .load(c)?;
                if let Some(owner) = taken.first() {
                    return Err(Error::usage(format!(
                        "a view named {name} is already published by {owner}"
                    ))
                    .with_hint("save yours under another name, then publish that"));
                }
            }
            let changed = diesel::update(
                saved_views::table
                    .filter(saved_views::user_id.eq(user_id))
                    .filter(saved_views::name.eq(name)),
            )
            .set(saved_views::published.eq(published))
            .execute(c)?;
            if changed == 0 {
                return Err(Error::not_found(format!("you have no view named {name}")));
            }
            Ok(())
        })
    }
}
