//! The `organisations` table.

use rusqlite::{named_params, OptionalExtension, Row, Transaction};

use super::{now, Store};
use crate::domain::{Organisation, OrganisationInput, OrganisationUsage};
use crate::error::{Error, Result};

const COLUMNS: &str =
    "id, name, short_name, country, city, zone, email, website, socials, notes, created_at, updated_at,
    working_hours, working_days, sleeping_hours";

fn from_row(r: &Row) -> rusqlite::Result<Organisation> {
    Ok(Organisation {
        id: r.get(0)?,
        name: r.get(1)?,
        short_name: r.get(2)?,
        country: r.get(3)?,
        city: r.get(4)?,
        zone: r.get(5)?,
        email: r.get(6)?,
        website: r.get(7)?,
        socials: r.get(8)?,
        notes: r.get(9)?,
        created_at: r.get(10)?,
        updated_at: r.get(11)?,
        working_hours: r.get(12)?,
        working_days: r.get(13)?,
        sleeping_hours: r.get(14)?,
    })
}

/// Distinct statements an organisation is on as issuer, approver or endorser.
const STATEMENTS_OF_ORG: &str = "SELECT count(*) FROM (
        SELECT statement_id FROM statement_issuers WHERE organisation_id = ?1
        UNION SELECT statement_id FROM statement_approvals WHERE organisation_id = ?1
        UNION SELECT statement_id FROM statement_endorsements WHERE organisation_id = ?1)";

impl Store {
    /// All organisations by name; `query` filters on name, acronym, city and country (case-insensitive).
    pub fn list_organisations(&self, query: Option<&str>) -> Result<Vec<Organisation>> {
        let pattern = format!("%{}%", query.unwrap_or("").trim());
        let sql = format!(
            "SELECT {COLUMNS} FROM organisations
             WHERE name LIKE ?1 OR ifnull(short_name, '') LIKE ?1 OR ifnull(city, '') LIKE ?1 OR ifnull(country, '') LIKE ?1
             ORDER BY name COLLATE NOCASE"
        );
        let mut stmt = self.conn().prepare_cached(&sql)?;
        let rows = stmt.query_map([pattern], from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    pub fn get_organisation(&self, id: i64) -> Result<Organisation> {
        get(self.conn(), id)
    }

    pub fn create_organisation(&mut self, input: &OrganisationInput) -> Result<Organisation> {
        let v = input.validated()?;
        self.write(|tx| insert(tx, &v))
    }

    /// Creates all of them in one transaction, or none (CSV import).
    pub fn create_organisations(&mut self, inputs: &[OrganisationInput]) -> Result<Vec<Organisation>> {
        let valid = inputs.iter().map(OrganisationInput::validated).collect::<Result<Vec<_>>>()?;
        self.write(|tx| valid.iter().map(|v| insert(tx, v)).collect())
    }

    pub fn update_organisation(&mut self, id: i64, input: &OrganisationInput) -> Result<Organisation> {
        let v = input.validated()?;
        self.write(|tx| {
            get(tx, id)?;
            ensure_unique_name(tx, &v.name, Some(id))?;
            tx.execute(
                "UPDATE organisations SET name = :name, short_name = :short, country = :country, city = :city, zone = :zone,
                 email = :email, website = :website, socials = :socials, notes = :notes, working_hours = :working,
                 working_days = :days, sleeping_hours = :asleep, updated_at = :at WHERE id = :id",
                named_params! {
                    ":name": v.name, ":short": v.short_name, ":country": v.country, ":city": v.city, ":zone": v.zone,
                    ":email": v.email, ":website": v.website, ":socials": v.socials, ":notes": v.notes,
                    ":working": v.working_hours, ":days": v.working_days, ":asleep": v.sleeping_hours, ":at": now(),
                    ":id": id,
                },
            )?;
            get(tx, id)
        })
    }

    /// Deletes the organisation; its roles in campaigns and events go with it, its people stay without one.
    pub fn delete_organisation(&mut self, id: i64) -> Result<()> {
        self.write(|tx| {
            let statements: i64 = tx.query_row(STATEMENTS_OF_ORG, [id], |r| r.get(0))?;
            if statements > 0 {
                return Err(Error::invalid_msg(
                    "organisation",
                    crate::msg!("core-organisation-has-statements", count = statements),
                ));
            }
            if tx.execute("DELETE FROM organisations WHERE id = ?1", [id])? == 0 {
                return Err(Error::NotFound { entity: "organisation", id });
            }
            Ok(())
        })
    }

    pub fn organisation_usage(&self, id: i64) -> Result<OrganisationUsage> {
        get(self.conn(), id)?;
        let count = |sql: &str| -> Result<u32> { Ok(self.conn().query_row(sql, [id], |r| r.get(0))?) };
        Ok(OrganisationUsage {
            campaigns: count("SELECT count(*) FROM campaign_organisations WHERE organisation_id = ?1")?,
            events: count("SELECT count(*) FROM event_organisations WHERE organisation_id = ?1")?,
            people: count("SELECT count(*) FROM people WHERE organisation_id = ?1")?,
            statements: count(STATEMENTS_OF_ORG)?,
        })
    }

    /// The distinct zones of the organisations' offices, the default partner zones.
    pub fn organisation_zones(&self) -> Result<Vec<String>> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT DISTINCT zone FROM organisations WHERE zone IS NOT NULL AND zone <> '' ORDER BY zone",
        )?;
        let rows = stmt.query_map([], |r| r.get(0))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// The organisation with this name (case-insensitive), if any.
    pub fn find_organisation_by_name(&self, name: &str) -> Result<Option<Organisation>> {
        let sql = format!("SELECT {COLUMNS} FROM organisations WHERE name = ?1 COLLATE NOCASE");
        Ok(self.conn().query_row(&sql, [name.trim()], from_row).optional()?)
    }
}

fn get(conn: &rusqlite::Connection, id: i64) -> Result<Organisation> {
    let sql = format!("SELECT {COLUMNS} FROM organisations WHERE id = ?1");
    conn.query_row(&sql, [id], from_row).optional()?.ok_or(Error::NotFound { entity: "organisation", id })
}

fn insert(tx: &Transaction, v: &OrganisationInput) -> Result<Organisation> {
    ensure_unique_name(tx, &v.name, None)?;
    let at = now();
    tx.execute(
        "INSERT INTO organisations (name, short_name, country, city, zone, email, website, socials, notes,
             working_hours, working_days, sleeping_hours, created_at, updated_at)
         VALUES (:name, :short, :country, :city, :zone, :email, :website, :socials, :notes, :working, :days, :asleep,
             :at, :at)",
        named_params! {
            ":name": v.name, ":short": v.short_name, ":country": v.country, ":city": v.city, ":zone": v.zone,
            ":email": v.email, ":website": v.website, ":socials": v.socials, ":notes": v.notes,
            ":working": v.working_hours, ":days": v.working_days, ":asleep": v.sleeping_hours, ":at": at,
        },
    )?;
    get(tx, tx.last_insert_rowid())
}

fn ensure_unique_name(tx: &Transaction, name: &str, except: Option<i64>) -> Result<()> {
    let other: Option<i64> = tx
        .query_row(
            "SELECT id FROM organisations WHERE name = ?1 COLLATE NOCASE AND id IS NOT ?2",
            (name, except),
            |r| r.get(0),
        )
        .optional()?;
    match other {
        Some(other) => Err(Error::invalid_msg(
            "name",
            crate::msg!("core-organisation-name-taken", name = name, id = other.to_string()),
        )),
        None => Ok(()),
    }
}
