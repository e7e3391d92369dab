//! A statement shaped like the alliance's real ones (issuers, a date line, a body with a heading, emphasis, a list,
//! a link and a quote, endorsements from several countries, one withdrawn, and "For reference:" contacts), with a
//! Spanish and a Canadian French translation, on a real SQLite file. Shared by the export tests.

#![allow(dead_code)]

use campaign_desk::domain::{EndorsementInput, OrganisationInput, PersonInput, StatementInput, StatementKind};
use campaign_desk::store::Store;

pub fn store() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().expect("temp dir");
    let s = Store::open(&dir.path().join("export.sqlite3")).expect("open");
    (dir, s)
}

pub fn org(s: &mut Store, name: &str, country: Option<&str>) -> i64 {
    let input = OrganisationInput { name: name.into(), country: country.map(String::from), ..Default::default() };
    s.create_organisation(&input).expect("organisation").id
}

pub fn person(s: &mut Store, name: &str, role: &str, org: Option<i64>, email: &str, phone: &str) -> i64 {
    let input = PersonInput {
        name: name.into(),
        role: Some(role.into()),
        organisation_id: org,
        email: Some(email.into()),
        phone: Some(phone.into()),
        ..Default::default()
    };
    s.create_person(&input).expect("person").id
}

pub const BODY_EN: &str = "\
The International Migrants Alliance **strongly condemns** the mass deportations.

## Our demands

- Stop the raids *now*
- Free everyone held in detention

> Migrants are an integral part of society.

Read more on [our website](https://wearemigrants.net/statements).
";

pub const BODY_ES: &str = "\
La Alianza Internacional de Migrantes **condena enérgicamente** las deportaciones masivas.

## Nuestras exigencias

- Alto a las deportaciones *ya*
- Libertad para todas las personas detenidas

Nuestra acción común se llama solidaridad: niñas, niños y familias están en peligro.
";

pub const BODY_FR: &str = "\
L'Alliance internationale des migrants **condamne fermement** les déportations massives.

Nous appelons à la solidarité de tous les peuples.
";

pub struct Fixture {
    pub dir: tempfile::TempDir,
    pub store: Store,
    pub id: i64,
}

pub fn statement() -> Fixture {
    let (dir, mut s) = store();
    let ima = org(&mut s, "International Migrants Alliance", Some("HK"));
    let migrante = org(&mut s, "Migrante Canada", Some("CA"));
    let input = StatementInput {
        kind: StatementKind::PressRelease,
        title: "Stop the deportations now".into(),
        place: Some("Hong Kong".into()),
        dated: Some("2025-12-18".into()),
        source_lang: "en".into(),
        issuer_ids: vec![ima, migrante],
        ..Default::default()
    };
    let st = s.create_statement(&input, BODY_EN).expect("statement");
    s.save_translation(st.id, "es", "Alto a las deportaciones", BODY_ES, None, None).expect("es");
    s.save_translation(st.id, "fr-CA", "Arrêtez les déportations", BODY_FR, None, None).expect("fr");
    for (name, country) in
        [("Gabriela Aotearoa", Some("NZ")), ("Migrante Aotearoa", Some("NZ")), ("KABAR BUMI", Some("ID"))]
    {
        let o = org(&mut s, name, country);
        s.endorse_statement(st.id, &EndorsementInput { organisation_id: Some(o), ..Default::default() })
            .expect("endorse");
    }
    let gone = org(&mut s, "Withdrawn Workers Union", Some("PH"));
    let e = s
        .endorse_statement(st.id, &EndorsementInput { organisation_id: Some(gone), ..Default::default() })
        .expect("endorse");
    s.withdraw_endorsement(e.id).expect("withdraw");
    let danilo = person(&mut s, "Danilo de León", "Chair", Some(migrante), "danilo@migrante.ca", "+1 604 555 0101");
    let chris =
        person(&mut s, "Chris Sorio", "Secretary-General", Some(migrante), "chris@migrante.ca", "+1 604 555 0102");
    s.set_statement_contacts(st.id, &[danilo, chris]).expect("contacts");
    Fixture { dir, store: s, id: st.id }
}
