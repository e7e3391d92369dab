//! The `tasks` table: each campaign's checklist, in the order the tasks were added.

use rusqlite::{named_params, Connection, OptionalExtension, Row};

use super::{now, Store};
use crate::domain::{Task, TaskInput};
use crate::error::{Error, Result};

const SELECT: &str =
    "SELECT t.id, t.uid, t.campaign_id, t.title, t.due_date, t.owner_id, p.name, t.done_at, t.sequence,
                             t.created_at, t.updated_at
                        FROM tasks t LEFT JOIN people p ON p.id = t.owner_id";

fn from_row(r: &Row) -> rusqlite::Result<Task> {
    Ok(Task {
        id: r.get(0)?,
        uid: r.get(1)?,
        campaign_id: r.get(2)?,
        title: r.get(3)?,
        due_date: r.get(4)?,
        owner_id: r.get(5)?,
        owner_name: r.get(6)?,
        done_at: r.get(7)?,
        sequence: r.get(8)?,
        created_at: r.get(9)?,
        updated_at: r.get(10)?,
    })
}

impl Store {
    /// A campaign's tasks in checklist order; `None`: every campaign's.
    pub fn list_tasks(&self, campaign_id: Option<i64>) -> Result<Vec<Task>> {
        let sql = format!("{SELECT} WHERE ?1 IS NULL OR t.campaign_id = ?1 ORDER BY t.campaign_id, t.position, t.id");
        let mut stmt = self.conn().prepare_cached(&sql)?;
        let rows = stmt.query_map([campaign_id], from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    pub fn get_task(&self, id: i64) -> Result<Task> {
        get(self.conn(), id)
    }

    pub fn create_task(&mut self, input: &TaskInput) -> Result<Task> {
        let v = input.validated()?;
        self.write(|tx| insert(tx, &v))
    }

    /// Changes title, due date and owner (a task stays in its campaign).
    pub fn update_task(&mut self, id: i64, input: &TaskInput) -> Result<Task> {
        let v = input.validated()?;
        self.write(|tx| {
            let old = get(tx, id)?;
            check_refs(tx, &TaskInput { campaign_id: old.campaign_id, ..v.clone() })?;
            tx.execute(
                "UPDATE tasks SET title = :title, due_date = :due, owner_id = :owner, sequence = sequence + 1,
                 updated_at = :at WHERE id = :id",
                named_params! { ":title": v.title, ":due": v.due_date, ":owner": v.owner_id, ":at": now(), ":id": id },
            )?;
            get(tx, id)
        })
    }

    /// Ticks the task off (`done`) or reopens it.
    pub fn set_task_done(&mut self, id: i64, done: bool) -> Result<Task> {
        self.write(|tx| {
            let old = get(tx, id)?;
            if old.done_at.is_some() == done {
                return Ok(old);
            }
            let at = now();
            tx.execute(
                "UPDATE tasks SET done_at = :done, sequence = sequence + 1, updated_at = :at WHERE id = :id",
                named_params! { ":done": done.then_some(&at), ":at": at, ":id": id },
            )?;
            get(tx, id)
        })
    }

    pub fn delete_task(&mut self, id: i64) -> Result<()> {
        self.write(|tx| {
            if tx.execute("DELETE FROM tasks WHERE id = ?1", [id])? == 0 {
                return Err(Error::NotFound { entity: "task", id });
            }
            Ok(())
        })
    }
}

/// Inserts a validated task at the end of its campaign's checklist.
pub(super) fn insert(tx: &Connection, v: &TaskInput) -> Result<Task> {
    check_refs(tx, v)?;
    let at = now();
    tx.execute(
        "INSERT INTO tasks (uid, campaign_id, title, due_date, owner_id, position, created_at, updated_at)
         VALUES (:uid, :campaign, :title, :due, :owner,
                 (SELECT ifnull(max(position), 0) + 1 FROM tasks WHERE campaign_id = :campaign), :at, :at)",
        named_params! {
            ":uid": format!("{}@campaign-desk", uuid::Uuid::new_v4()), ":campaign": v.campaign_id,
            ":title": v.title, ":due": v.due_date, ":owner": v.owner_id, ":at": at,
        },
    )?;
    get(tx, tx.last_insert_rowid())
}

fn check_refs(conn: &Connection, v: &TaskInput) -> Result<()> {
    let exists = |sql: &str, id: i64| -> Result<bool> { Ok(conn.query_row(sql, [id], |r| r.get(0))?) };
    if !exists("SELECT EXISTS (SELECT 1 FROM campaigns WHERE id = ?1)", v.campaign_id)? {
        return Err(Error::invalid_msg(
            "campaign_id",
            crate::msg!("core-not-found", entity = "campaign", id = v.campaign_id.to_string()),
        ));
    }
    if let Some(owner) = v.owner_id {
        if !exists("SELECT EXISTS (SELECT 1 FROM people WHERE id = ?1)", owner)? {
            return Err(Error::invalid_msg(
                "owner_id",
                crate::msg!("core-not-found", entity = "person", id = owner.to_string()),
            ));
        }
    }
    Ok(())
}

impl super::event_writer::EventWriter<'_> {
    /// A task of `campaign` by UID, in this transaction.
    pub fn task_by_uid(&mut self, campaign: i64, uid: &str) -> Result<Option<Task>> {
        let id: Option<i64> = self
            .tx
            .query_row(
                "SELECT id FROM tasks WHERE uid = ?1 AND campaign_id = ?2",
                rusqlite::params![uid, campaign],
                |r| r.get(0),
            )
            .optional()?;
        id.map(|id| get(self.tx, id)).transpose()
    }

    /// Writes a task as another client left it (the sync's pull): over `existing` (its owner and place in the
    /// checklist stay: a VTODO carries neither), or as a new task of `campaign` at the end of its checklist with the
    /// other client's UID. The title is checked as a form's is.
    pub fn put_remote_task(
        &mut self,
        campaign: i64,
        existing: Option<i64>,
        uid: &str,
        input: &TaskInput,
        done_at: Option<&str>,
        sequence: i64,
    ) -> Result<Task> {
        let v = TaskInput { campaign_id: campaign, ..input.clone() }.validated()?;
        let id = match existing {
            Some(id) => {
                self.tx.execute(
                    "UPDATE tasks SET title = :title, due_date = :due, done_at = :done, sequence = :seq,
                     updated_at = :at WHERE id = :id",
                    named_params! { ":title": v.title, ":due": v.due_date, ":done": done_at, ":seq": sequence,
                    ":at": now(), ":id": id },
                )?;
                id
            }
            None => {
                let at = now();
                self.tx.execute(
                    "INSERT INTO tasks (uid, campaign_id, title, due_date, done_at, sequence, position, created_at,
                                        updated_at)
                     VALUES (:uid, :campaign, :title, :due, :done, :seq,
                             (SELECT ifnull(max(position), 0) + 1 FROM tasks WHERE campaign_id = :campaign), :at, :at)",
                    named_params! { ":uid": uid, ":campaign": campaign, ":title": v.title, ":due": v.due_date,
                    ":done": done_at, ":seq": sequence, ":at": at },
                )?;
                self.tx.last_insert_rowid()
            }
        };
        get(self.tx, id)
    }

    pub fn delete_task(&mut self, id: i64) -> Result<()> {
        self.tx.execute("DELETE FROM tasks WHERE id = ?1", [id])?;
        Ok(())
    }
}

fn get(conn: &Connection, id: i64) -> Result<Task> {
    conn.query_row(&format!("{SELECT} WHERE t.id = ?1"), [id], from_row)
        .optional()?
        .ok_or(Error::NotFound { entity: "task", id })
}
