//! `campaign_organisations` and `event_organisations`: organisations in roles, in the order the user gave them.

use std::collections::HashMap;

use rusqlite::Connection;

use super::people::check_organisation as ensure_organisation_exists;
use crate::domain::OrgInRole;
use crate::error::{Error, Result};

#[derive(Clone, Copy)]
pub(crate) enum RoleTable {
    Campaign,
    Event,
}

impl RoleTable {
    fn select(self) -> &'static str {
        match self {
            RoleTable::Campaign => {
                "SELECT r.organisation_id, o.name, r.role FROM campaign_organisations r
                 JOIN organisations o ON o.id = r.organisation_id WHERE r.campaign_id = ?1 ORDER BY r.position"
            }
            RoleTable::Event => {
                "SELECT r.organisation_id, o.name, r.role FROM event_organisations r
                 JOIN organisations o ON o.id = r.organisation_id WHERE r.event_id = ?1 ORDER BY r.position"
            }
        }
    }

    fn delete(self) -> &'static str {
        match self {
            RoleTable::Campaign => "DELETE FROM campaign_organisations WHERE campaign_id = ?1",
            RoleTable::Event => "DELETE FROM event_organisations WHERE event_id = ?1",
        }
    }

    fn insert(self) -> &'static str {
        match self {
            RoleTable::Campaign => {
                "INSERT INTO campaign_organisations (campaign_id, organisation_id, role, position) VALUES (?1, ?2, ?3, ?4)"
            }
            RoleTable::Event => {
                "INSERT INTO event_organisations (event_id, organisation_id, role, position) VALUES (?1, ?2, ?3, ?4)"
            }
        }
    }
}

pub(crate) fn load(conn: &Connection, table: RoleTable, owner: i64) -> Result<Vec<OrgInRole>> {
    let mut stmt = conn.prepare_cached(table.select())?;
    let rows = stmt.query_map([owner], |r| {
        Ok(OrgInRole { organisation_id: r.get(0)?, organisation_name: r.get(1)?, role: r.get(2)? })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Every event's organisations in one query, by event id: listing many events then costs one query, not one each.
pub(crate) fn load_all_events(conn: &Connection) -> Result<HashMap<i64, Vec<OrgInRole>>> {
    load_events_in(conn, i64::MIN..=i64::MAX)
}

/// The roles of the events whose ids are in `ids`, by event.
pub(crate) fn load_events_in(
    conn: &Connection,
    ids: std::ops::RangeInclusive<i64>,
) -> Result<HashMap<i64, Vec<OrgInRole>>> {
    let mut stmt = conn.prepare_cached(
        "SELECT r.event_id, r.organisation_id, o.name, r.role FROM event_organisations r
         JOIN organisations o ON o.id = r.organisation_id WHERE r.event_id BETWEEN ?1 AND ?2
         ORDER BY r.event_id, r.position",
    )?;
    let mut out: HashMap<i64, Vec<OrgInRole>> = HashMap::new();
    let mut rows = stmt.query([ids.start(), ids.end()])?;
    while let Some(r) = rows.next()? {
        let role = OrgInRole { organisation_id: r.get(1)?, organisation_name: r.get(2)?, role: r.get(3)? };
        out.entry(r.get(0)?).or_default().push(role);
    }
    Ok(out)
}

/// Replaces the owner's roles with `roles`, checking that each organisation exists.
pub(crate) fn save(conn: &Connection, table: RoleTable, owner: i64, roles: &[OrgInRole]) -> Result<()> {
    conn.prepare_cached(table.delete())?.execute([owner])?;
    for (position, r) in roles.iter().enumerate() {
        ensure_organisation_exists(conn, Some(r.organisation_id)).map_err(|_| {
            Error::invalid_msg(
                "organisations",
                crate::msg!("core-not-found", entity = "organisation", id = r.organisation_id.to_string()),
            )
        })?;
        conn.prepare_cached(table.insert())?.execute((owner, r.organisation_id, r.role, position as i64))?;
    }
    Ok(())
}

impl super::Store {
    /// The events an organisation takes part in: in a role of its own, or through a campaign it has a role in.
    pub fn events_involving(&self, organisation_id: i64) -> Result<std::collections::HashSet<i64>> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT event_id FROM event_organisations WHERE organisation_id = ?1
             UNION
             SELECT e.id FROM events e JOIN campaign_organisations c ON c.campaign_id = e.campaign_id
              WHERE c.organisation_id = ?1",
        )?;
        let ids = stmt.query_map([organisation_id], |r| r.get(0))?.collect::<rusqlite::Result<_>>()?;
        Ok(ids)
    }
}

impl super::Store {
    /// The campaigns an organisation has a role in.
    pub fn campaigns_involving(&self, organisation_id: i64) -> Result<std::collections::HashSet<i64>> {
        let mut stmt =
            self.conn().prepare_cached("SELECT campaign_id FROM campaign_organisations WHERE organisation_id = ?1")?;
        let ids = stmt.query_map([organisation_id], |r| r.get(0))?.collect::<rusqlite::Result<_>>()?;
        Ok(ids)
    }
}
