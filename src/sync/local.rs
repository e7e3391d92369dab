//! The linked campaign's events as a run sees them, in O(changes): every event's id and write number
//! (`event_writes.rev`, migration 11), and our text of only those that may have changed since their item was last
//! hashed. An event whose write number is the one its item was hashed at (`sync_items.hashed_rev`, migration 17),
//! while nothing else that goes into its text changed (`sync_links.context_hash`), has the text it had then: it is
//! neither written out nor hashed again. Making and hashing the text of every event was most of an incremental run.

use std::collections::{HashMap, HashSet};

use super::item::{self, Context};
use crate::domain::Event;
use crate::error::{Error, Result};
use crate::store::{Store, SyncItem, SyncLink};

/// Above this many events to write out, one query for the campaign's events beats one query per event.
const LOAD_ALL_FROM: usize = 64;

/// Our text of an event that may have changed since its item was last hashed.
pub(super) struct Local {
    pub event: Event,
    pub text: String,
    pub hash: String,
    /// The event's write number, read before the event itself: a write in between makes it stale, never current.
    pub rev: i64,
}

/// An event of the campaign, as a pull needs it.
pub(super) struct Here {
    pub event: Event,
    /// Its text differs from what was last sent or taken in.
    pub changed: bool,
}

pub(super) struct Locals {
    /// Every event of the campaign: UID → (id, write number).
    revs: HashMap<String, (i64, i64)>,
    /// Our texts of the events that may have changed, by UID.
    pub texts: HashMap<String, Local>,
}

/// The hash of what goes into every event's text besides the event: its campaign, the organisations, the partner
/// zones (their VTIMEZONEs) and the writer's version. When it moves, every event of the link is hashed again.
pub(super) fn context_hash(ctx: &Context, campaign_id: i64) -> String {
    let campaign = ctx.campaigns.iter().find(|c| c.id == campaign_id);
    let zones: Vec<&str> = ctx.partner_zones.iter().map(|z| z.name()).collect();
    let all = serde_json::to_string(&(crate::VERSION, campaign, &ctx.organisations, zones)).unwrap_or_default();
    item::hash(&all)
}

impl Locals {
    /// Reads the campaign's events, making the text of each one `items` does not vouch for.
    pub fn read(store: &Store, link: &SyncLink, items: &[SyncItem], ctx: &Context, ctx_hash: &str) -> Result<Locals> {
        let fresh = link.context_hash.as_deref() == Some(ctx_hash);
        let by_uid: HashMap<&str, &SyncItem> = items.iter().map(|i| (i.uid.as_str(), i)).collect();
        let mut revs: HashMap<String, (i64, i64)> = HashMap::new();
        let mut stale: HashMap<i64, i64> = HashMap::new();
        for (id, uid, rev) in store.event_revs(link.campaign_id)? {
            let vouched =
                fresh && by_uid.get(uid.as_str()).is_some_and(|i| i.local_hash.is_some() && i.hashed_rev == Some(rev));
            if !vouched {
                stale.insert(id, rev);
            }
            revs.insert(uid, (id, rev));
        }
        let events: Vec<Event> = if stale.len() >= LOAD_ALL_FROM {
            store.list_events(Some(link.campaign_id))?.into_iter().filter(|e| stale.contains_key(&e.id)).collect()
        } else {
            let mut some = Vec::with_capacity(stale.len());
            for &id in stale.keys() {
                match store.get_event(id) {
                    Ok(e) => some.push(e),
                    // Deleted since its number was read: it counts as deleted here.
                    Err(Error::NotFound { .. }) => {}
                    Err(e) => return Err(e),
                }
            }
            some
        };
        let events: Vec<Event> = events.into_iter().filter(|e| e.campaign_id == Some(link.campaign_id)).collect();
        // An event gone (or moved to another campaign) between the two reads is not here any more.
        let loaded: HashSet<i64> = events.iter().map(|e| e.id).collect();
        revs.retain(|_, (id, _)| !stale.contains_key(id) || loaded.contains(id));
        let texts = events
            .into_iter()
            .map(|event| {
                let text = item::text(&event, ctx);
                let hash = item::hash(&text);
                let rev = stale[&event.id];
                (event.uid.clone(), Local { event, text, hash, rev })
            })
            .collect();
        Ok(Locals { revs, texts })
    }

    /// Takes the event of `uid` out (a pull settles it), with whether it changed since `item` was last synced.
    pub fn take(&mut self, store: &Store, uid: &str, item: Option<&SyncItem>) -> Result<Option<Here>> {
        let Some((id, _)) = self.revs.remove(uid) else { return Ok(None) };
        if let Some(local) = self.texts.remove(uid) {
            let changed = item.is_none_or(|i| i.local_hash.as_ref() != Some(&local.hash));
            return Ok(Some(Here { event: local.event, changed }));
        }
        match store.get_event(id) {
            Ok(event) => Ok(Some(Here { event, changed: false })),
            Err(Error::NotFound { .. }) => Ok(None),
            Err(e) => Err(e),
        }
    }

    /// Events' items whose event is not in the campaign any more (deleted here).
    pub fn gone<'i>(&self, items: &'i [SyncItem]) -> impl Iterator<Item = &'i SyncItem> + use<'i, '_> {
        items.iter().filter(|i| i.task_id.is_none() && !self.revs.contains_key(&i.uid))
    }
}
