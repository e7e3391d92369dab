//! The `campaigns` table and its organisations in roles.

use rusqlite::{named_params, Connection, OptionalExtension, Row};

use super::roles::{self, RoleTable};
use super::{from_json, now, to_json, Store};
use crate::calendar::{CampaignSpan, Window};
use crate::domain::{Campaign, CampaignDetail, CampaignInput, TimelineEntry};
use crate::error::{Error, Result};
use crate::validate::parse_date;

const COLUMNS: &str =
    "id, title, kind, summary, description, start_date, end_date, zone, hashtags, colour, status, created_at, updated_at";

fn from_row(r: &Row) -> rusqlite::Result<Campaign> {
    Ok(Campaign {
        id: r.get(0)?,
        title: r.get(1)?,
        kind: r.get(2)?,
        summary: r.get(3)?,
        description: r.get(4)?,
        start_date: r.get(5)?,
        end_date: r.get(6)?,
        zone: r.get(7)?,
        hashtags: from_json(8, r.get(8)?)?,
        colour: r.get(9)?,
        status: r.get(10)?,
        organisations: Vec::new(),
        created_at: r.get(11)?,
        updated_at: r.get(12)?,
    })
}

impl Store {
    /// Campaigns, newest first; `query` matches the title and hashtags.
    pub fn list_campaigns(&self, query: Option<&str>) -> Result<Vec<Campaign>> {
        let pattern = format!("%{}%", query.unwrap_or("").trim());
        let sql = format!(
            "SELECT {COLUMNS} FROM campaigns WHERE title LIKE ?1 OR hashtags LIKE ?1 ORDER BY start_date DESC, id DESC"
        );
        let mut stmt = self.conn().prepare_cached(&sql)?;
        let mut list: Vec<Campaign> = stmt.query_map([pattern], from_row)?.collect::<rusqlite::Result<_>>()?;
        for c in &mut list {
            c.organisations = roles::load(self.conn(), RoleTable::Campaign, c.id)?;
        }
        Ok(list)
    }

    /// Campaigns running on any day of `window` (one campaign with `campaign_id`), as all-day spans by first day.
    pub fn campaign_spans(&self, window: &Window, campaign_id: Option<i64>) -> Result<Vec<CampaignSpan>> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT id, title, start_date, end_date, colour, status FROM campaigns
              WHERE (?1 IS NULL OR id = ?1) AND start_date < ?3 AND end_date >= ?2 ORDER BY start_date, title, id",
        )?;
        let rows = stmt.query_map((campaign_id, window.from.to_string(), window.to.to_string()), |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get::<_, String>(3)?, r.get(4)?, r.get(5)?))
        })?;
        let mut spans = Vec::new();
        for row in rows {
            let (campaign_id, title, start, last, colour, status) = row?;
            // Calendars count all-day ends exclusively: the span ends at the start of the day after the last.
            let end = parse_date(&last).map(|d| (d + chrono::Duration::days(1)).to_string()).map_err(|m| {
                Error::invalid_msg("end_date", crate::msg!("core-campaign-problem", id = campaign_id, reason = m))
            })?;
            spans.push(CampaignSpan { campaign_id, title, start, end, colour, status });
        }
        Ok(spans)
    }

    pub fn get_campaign(&self, id: i64) -> Result<Campaign> {
        get(self.conn(), id)
    }

    /// The campaign with its events, for its page and `campaign show`.
    pub fn campaign_detail(&self, id: i64) -> Result<CampaignDetail> {
        let campaign = get(self.conn(), id)?;
        let events = self.list_events(Some(id))?;
        let timeline = self.campaign_timeline(&campaign, &events)?;
        Ok(CampaignDetail { campaign, events, timeline })
    }

    fn campaign_timeline(&self, c: &Campaign, events: &[crate::domain::Event]) -> Result<Vec<TimelineEntry>> {
        let (Ok(from), Ok(last)) = (parse_date(&c.start_date), parse_date(&c.end_date)) else {
            return Ok(Vec::new());
        };
        let zone = crate::validate::parse_zone(&c.zone).unwrap_or(chrono_tz::UTC);
        let window = Window { from, to: last + chrono::Duration::days(1), zone };
        let mut timeline: Vec<TimelineEntry> = self
            .occurrences(&window, None, Some(c.id))?
            .into_iter()
            .map(|occurrence| TimelineEntry { occurrence, outside_dates: false })
            .collect();
        for e in events {
            if timeline.iter().any(|t| t.occurrence.event_id == e.id) {
                continue;
            }
            // The event's own first occurrence: a window of a few days around its first start, in its own terms.
            let Ok(first) = parse_date(e.start.get(..10).unwrap_or_default()) else { continue };
            let around = Window {
                from: first - chrono::Duration::days(2),
                to: first + chrono::Duration::days(3),
                zone: chrono_tz::UTC,
            };
            let found = crate::calendar::expand(e, &around, None).map_err(|m| Error::invalid("event", m))?;
            if let Some(occurrence) = found.into_iter().next() {
                timeline.push(TimelineEntry { occurrence, outside_dates: true });
            }
        }
        Ok(timeline)
    }

    pub fn create_campaign(&mut self, input: &CampaignInput) -> Result<Campaign> {
        let v = input.validated()?;
        self.write(|tx| insert(tx, &v))
    }

    pub fn update_campaign(&mut self, id: i64, input: &CampaignInput) -> Result<Campaign> {
        let v = input.validated()?;
        self.write(|tx| {
            get(tx, id)?;
            tx.execute(
                "UPDATE campaigns SET title = :title, kind = :kind, summary = :summary, description = :description,
                 start_date = :start, end_date = :end, zone = :zone, hashtags = :hashtags, colour = :colour,
                 status = :status, updated_at = :at WHERE id = :id",
                named_params! {
                    ":title": v.title, ":kind": v.kind, ":summary": v.summary, ":description": v.description,
                    ":start": v.start_date, ":end": v.end_date, ":zone": v.zone, ":hashtags": to_json(&v.hashtags),
                    ":colour": v.colour, ":status": v.status, ":at": now(), ":id": id,
                },
            )?;
            roles::save(tx, RoleTable::Campaign, id, &v.organisations)?;
            get(tx, id)
        })
    }

    /// Deletes the campaign and its events (the UI says how many before asking).
    pub fn delete_campaign(&mut self, id: i64) -> Result<()> {
        self.write(|tx| {
            if tx.execute("DELETE FROM campaigns WHERE id = ?1", [id])? == 0 {
                return Err(Error::NotFound { entity: "campaign", id });
            }
            Ok(())
        })
    }

    /// A campaign with this title starting on this date, if any (the demo loader uses it to stay idempotent).
    pub fn find_campaign(&self, title: &str, start_date: &str) -> Result<Option<i64>> {
        Ok(self
            .conn()
            .query_row("SELECT id FROM campaigns WHERE title = ?1 AND start_date = ?2", (title, start_date), |r| {
                r.get(0)
            })
            .optional()?)
    }
}

/// Inserts a validated campaign with its organisations in roles.
pub(super) fn insert(tx: &Connection, v: &CampaignInput) -> Result<Campaign> {
    let at = now();
    tx.execute(
        "INSERT INTO campaigns (title, kind, summary, description, start_date, end_date, zone, hashtags, colour, status, created_at, updated_at)
         VALUES (:title, :kind, :summary, :description, :start, :end, :zone, :hashtags, :colour, :status, :at, :at)",
        named_params! {
            ":title": v.title, ":kind": v.kind, ":summary": v.summary, ":description": v.description,
            ":start": v.start_date, ":end": v.end_date, ":zone": v.zone, ":hashtags": to_json(&v.hashtags),
            ":colour": v.colour, ":status": v.status, ":at": at,
        },
    )?;
    let id = tx.last_insert_rowid();
    roles::save(tx, RoleTable::Campaign, id, &v.organisations)?;
    get(tx, id)
}

pub(super) fn get(conn: &Connection, id: i64) -> Result<Campaign> {
    let sql = format!("SELECT {COLUMNS} FROM campaigns WHERE id = ?1");
    let mut c = conn.query_row(&sql, [id], from_row).optional()?.ok_or(Error::NotFound { entity: "campaign", id })?;
    c.organisations = roles::load(conn, RoleTable::Campaign, id)?;
    Ok(c)
}
