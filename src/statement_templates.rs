//! Starting texts for new statements, one per kind: the structure alliances use (see the samples in the brief),
//! with bracketed prompts where the coordinator writes. Kept in the core so the CLI and the app start alike.

use serde::{Deserialize, Serialize};

use crate::domain::StatementKind;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
pub struct StatementTemplate {
    pub kind: StatementKind,
    pub title: String,
    /// Markdown.
    pub body: String,
}

pub fn statement_template(kind: StatementKind) -> StatementTemplate {
    let (title, body) = match kind {
        StatementKind::Statement | StatementKind::PressRelease => (
            "[Headline: what happened and what we demand]",
            "[Opening paragraph: who is speaking, what happened, where and when — the facts a journalist needs first.]\n\n\
             [Why it matters: the people affected, in their own words if you have a quote.]\n\n\
             > \"[Quote from a spokesperson]\" — [Name], [role], [organisation]\n\n\
             We demand:\n\n\
             - [First demand]\n\
             - [Second demand]\n\n\
             [Closing paragraph: what happens next — the action, the date, how to join.]",
        ),
        StatementKind::SolidarityMessage => (
            "Solidarity with [whom]",
            "[Organisation] extends its warmest solidarity to [whom] on [occasion].\n\n\
             [What their struggle means to us, and what we share.]\n\n\
             [What we commit to do.]\n\n\
             **[Slogan]**",
        ),
        StatementKind::OpenLetter => (
            "Open letter to [addressee] on [subject]",
            "Dear [title and name],\n\n\
             We, the undersigned organisations, write to you about [subject].\n\n\
             [The situation, with facts and sources.]\n\n\
             We respectfully urge you to:\n\n\
             1. [First request]\n\
             2. [Second request]\n\n\
             We look forward to your response by [date].\n\n\
             Sincerely,",
        ),
        StatementKind::CallToAction => (
            "Join the [action] on [date]",
            "## Why we act\n\n[The issue in two sentences.]\n\n\
             ## What we ask of you\n\n\
             - [Join the action at … on …]\n\
             - [Share this call with the hashtag …]\n\
             - [Endorse: how organisations sign on]\n\n\
             ## Key dates\n\n- [Date]: [what]\n",
        ),
    };
    StatementTemplate { kind, title: title.into(), body: body.into() }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_has_a_template_with_a_title_and_paragraphs() {
        for kind in StatementKind::ALL {
            let t = statement_template(*kind);
            assert!(!t.title.is_empty() && t.body.contains("\n\n"), "{kind}");
        }
    }
}
