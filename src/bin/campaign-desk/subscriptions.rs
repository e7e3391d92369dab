//! `campaign-desk subscribe URL` and `subscriptions list|refresh|rm|edit`: read-only calendars from webcal:// and
//! https:// links, kept apart from the database's own events.

use clap::Subcommand;

use campaign_desk::store::Subscription;
use campaign_desk::subscriptions::{self, NewSubscription};
use campaign_desk::{Error, Store};

use crate::output::{opt, say, Out};
use campaign_desk::msg;

#[derive(Subcommand)]
pub enum SubscriptionsCmd {
    /// Each subscription: events kept, last read, last problem.
    List,
    /// Read the feeds again now: every subscription, or one.
    Refresh { id: Option<i64> },
    /// Rename or recolour a subscription.
    Edit {
        id: i64,
        #[arg(long)]
        name: Option<String>,
        /// #rrggbb
        #[arg(long)]
        colour: Option<String>,
    },
    /// Remove a subscription and its events.
    Rm { id: i64 },
}

pub fn subscribe(
    store: &mut Store,
    link: &str,
    name: Option<&str>,
    colour: Option<&str>,
    out: &Out,
) -> anyhow::Result<()> {
    let s = subscriptions::subscribe(store, &NewSubscription { link, name, colour })?;
    out.value(&s, || {
        println!("{}", say(msg!("core-cli-subscribed", name = &s.name, events = s.events, id = s.id, url = &s.url)))
    })
}

pub fn subscriptions(store: &mut Store, cmd: SubscriptionsCmd, out: &Out) -> anyhow::Result<()> {
    match cmd {
        SubscriptionsCmd::List => {
            let list = store.subscriptions()?;
            out.list(
                &list,
                &["id", "name", "events", "last read", "problem", "url"],
                |s| {
                    vec![
                        s.id.to_string(),
                        s.name.clone(),
                        s.events.to_string(),
                        opt(&s.last_fetched),
                        opt(&s.last_error),
                        s.url.clone(),
                    ]
                },
                &say(msg!("core-cli-no-subscriptions")),
            )
        }
        SubscriptionsCmd::Refresh { id } => {
            let ids = match id {
                Some(id) => vec![id],
                None => store.subscriptions()?.into_iter().map(|s| s.id).collect(),
            };
            let done: Vec<Subscription> =
                ids.into_iter().map(|id| subscriptions::refresh(store, id)).collect::<Result<_, _>>()?;
            out.value(&done, || {
                for s in &done {
                    match &s.last_error {
                        None => println!(
                            "{}  {}",
                            s.id,
                            say(msg!("core-cli-subscription-refreshed", name = &s.name, events = s.events))
                        ),
                        Some(e) => {
                            let kept = msg!(
                                "core-cli-subscription-not-refreshed",
                                name = &s.name,
                                reason = e,
                                events = s.events
                            );
                            println!("{}  {}", s.id, say(kept))
                        }
                    }
                }
            })?;
            let failed = done.iter().filter(|s| s.last_error.is_some()).count();
            if failed > 0 {
                return Err(Error::Remote {
                    message: format!("{failed} subscription(s) could not be read"),
                    fixable: true,
                }
                .into());
            }
            Ok(())
        }
        SubscriptionsCmd::Edit { id, name, colour } => {
            let s = store.subscription(id)?;
            let s = subscriptions::edit(
                store,
                id,
                name.as_deref().unwrap_or(&s.name),
                colour.as_deref().unwrap_or(&s.colour),
            )?;
            out.value(&s, || {
                println!(
                    "{}",
                    say(msg!("core-cli-subscription-updated", id = s.id, name = &s.name, colour = &s.colour))
                )
            })
        }
        SubscriptionsCmd::Rm { id } => {
            let s = store.subscription(id)?;
            store.remove_subscription(id)?;
            out.value(&serde_json::json!({ "removed": id }), || {
                println!("{}", say(msg!("core-cli-subscription-removed", id = id, name = &s.name, events = s.events)))
            })
        }
    }
}
