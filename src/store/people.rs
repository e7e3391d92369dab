//! The `people` table: contacts, each optionally at one organisation.

use rusqlite::{named_params, OptionalExtension, Row};

use super::{now, Store};
use crate::domain::{Person, PersonInput};
use crate::error::{Error, Result};

const SELECT: &str =
    "SELECT p.id, p.name, p.organisation_id, o.name, p.role, p.email, p.phone, p.notes, p.created_at, p.updated_at
                      FROM people p LEFT JOIN organisations o ON o.id = p.organisation_id";

fn from_row(r: &Row) -> rusqlite::Result<Person> {
    Ok(Person {
        id: r.get(0)?,
        name: r.get(1)?,
        organisation_id: r.get(2)?,
        organisation_name: r.get(3)?,
        role: r.get(4)?,
        email: r.get(5)?,
        phone: r.get(6)?,
        notes: r.get(7)?,
        created_at: r.get(8)?,
        updated_at: r.get(9)?,
    })
}

impl Store {
    /// People by name; `organisation_id` narrows to one organisation, `query` matches name, role and email.
    pub fn list_people(&self, organisation_id: Option<i64>, query: Option<&str>) -> Result<Vec<Person>> {
        let pattern = format!("%{}%", query.unwrap_or("").trim());
        let sql = format!(
            "{SELECT} WHERE (?1 IS NULL OR p.organisation_id = ?1)
             AND (p.name LIKE ?2 OR ifnull(p.role, '') LIKE ?2 OR ifnull(p.email, '') LIKE ?2)
             ORDER BY p.name COLLATE NOCASE"
        );
        let mut stmt = self.conn().prepare_cached(&sql)?;
        let rows = stmt.query_map((organisation_id, pattern), from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    pub fn get_person(&self, id: i64) -> Result<Person> {
        get(self.conn(), id)
    }

    pub fn create_person(&mut self, input: &PersonInput) -> Result<Person> {
        let v = input.validated()?;
        self.write(|tx| insert(tx, &v))
    }

    /// Creates all of them in one transaction, or none (CSV import).
    pub fn create_people(&mut self, inputs: &[PersonInput]) -> Result<Vec<Person>> {
        let valid = inputs.iter().map(PersonInput::validated).collect::<Result<Vec<_>>>()?;
        self.write(|tx| valid.iter().map(|v| insert(tx, v)).collect())
    }

    pub fn update_person(&mut self, id: i64, input: &PersonInput) -> Result<Person> {
        let v = input.validated()?;
        self.write(|tx| {
            get(tx, id)?;
            check_organisation(tx, v.organisation_id)?;
            tx.execute(
                "UPDATE people SET name = :name, organisation_id = :org, role = :role, email = :email, phone = :phone,
                 notes = :notes, updated_at = :at WHERE id = :id",
                named_params! {
                    ":name": v.name, ":org": v.organisation_id, ":role": v.role, ":email": v.email,
                    ":phone": v.phone, ":notes": v.notes, ":at": now(), ":id": id,
                },
            )?;
            get(tx, id)
        })
    }

    pub fn delete_person(&mut self, id: i64) -> Result<()> {
        self.write(|tx| {
            let statements: i64 = tx.query_row(
                "SELECT count(*) FROM (SELECT statement_id FROM statement_endorsements WHERE person_id = ?1
                                       UNION SELECT statement_id FROM statement_contacts WHERE person_id = ?1)",
                [id],
                |r| r.get(0),
            )?;
            if statements > 0 {
                return Err(Error::invalid_msg(
                    "person",
                    crate::msg!("core-person-has-statements", count = statements),
                ));
            }
            if tx.execute("DELETE FROM people WHERE id = ?1", [id])? == 0 {
                return Err(Error::NotFound { entity: "person", id });
            }
            Ok(())
        })
    }
}

fn insert(tx: &rusqlite::Transaction, v: &PersonInput) -> Result<Person> {
    check_organisation(tx, v.organisation_id)?;
    let at = now();
    tx.execute(
        "INSERT INTO people (name, organisation_id, role, email, phone, notes, created_at, updated_at)
         VALUES (:name, :org, :role, :email, :phone, :notes, :at, :at)",
        named_params! {
            ":name": v.name, ":org": v.organisation_id, ":role": v.role, ":email": v.email,
            ":phone": v.phone, ":notes": v.notes, ":at": at,
        },
    )?;
    get(tx, tx.last_insert_rowid())
}

fn get(conn: &rusqlite::Connection, id: i64) -> Result<Person> {
    conn.query_row(&format!("{SELECT} WHERE p.id = ?1"), [id], from_row)
        .optional()?
        .ok_or(Error::NotFound { entity: "person", id })
}

pub(crate) fn check_organisation(conn: &rusqlite::Connection, id: Option<i64>) -> Result<()> {
    let Some(id) = id else { return Ok(()) };
    let exists: bool =
        conn.query_row("SELECT EXISTS (SELECT 1 FROM organisations WHERE id = ?1)", [id], |r| r.get(0))?;
    if exists {
        Ok(())
    } else {
        Err(Error::invalid_msg(
            "organisation_id",
            crate::msg!("core-not-found", entity = "organisation", id = id.to_string()),
        ))
    }
}
