//! A campaign's task as a VTODO (RFC 5545 §3.6.2): due date, done or not, its campaign as the category, and who
//! owns it in the description (not ATTENDEE: owners are contacts in the directory, not mailboxes to invite).

use super::export::stamp;
use super::text::escape_text;
use crate::domain::{Campaign, Task};

pub fn vtodo(t: &Task, campaign: Option<&Campaign>, dtstamp: &str) -> Vec<String> {
    let mut l = vec![
        "BEGIN:VTODO".to_string(),
        format!("UID:{}", escape_text(&t.uid)),
        dtstamp.to_string(),
        format!("CREATED:{}", stamp(&t.created_at)),
        format!("LAST-MODIFIED:{}", stamp(&t.updated_at)),
        format!("SEQUENCE:{}", t.sequence),
        format!("SUMMARY:{}", escape_text(&t.title)),
    ];
    if let Some(due) = &t.due_date {
        l.push(format!("DUE;VALUE=DATE:{}", due.replace('-', "")));
    }
    match &t.done_at {
        Some(done) => {
            l.push("STATUS:COMPLETED".into());
            l.push(format!("COMPLETED:{}", stamp(done)));
            l.push("PERCENT-COMPLETE:100".into());
        }
        None => l.push("STATUS:NEEDS-ACTION".into()),
    }
    if let Some(c) = campaign {
        l.push(format!("CATEGORIES:{}", escape_text(&c.title)));
    }
    if let Some(owner) = &t.owner_name {
        l.push(format!("DESCRIPTION:{}", escape_text(&format!("Owner: {owner}"))));
    }
    l.push("END:VTODO".into());
    l
}
