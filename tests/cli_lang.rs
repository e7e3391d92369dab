//! The language of the CLI's messages for people (issue #16): `--lang`, else LC_ALL, LC_MESSAGES or LANG, else
//! English. The human text changes with it; `--json`'s keys and message ids never do.

mod common;

use common::{run_with_env, Cli};

const BAD_ORG: &[&str] = &["org", "add", "--name", "  ", "--zone", "Europe/Lndon", "--country", "New Zealand"];

fn failing(cli: &Cli, before: &[&str], vars: &[(&str, &str)]) -> common::Run {
    let mut args = before.to_vec();
    args.extend_from_slice(BAD_ORG);
    let r = run_with_env(&cli.db, &args, vars);
    assert_eq!(r.status, 2, "{args:?}: {}", r.stderr);
    r
}

const ENGLISH: &str = "campaign-desk: zone: 'Europe/Lndon' is not a time zone — did you mean Europe/London?; \
                       name: must not be empty; country: 'New Zealand' is not a country code; did you mean NZ \
                       (New Zealand)?";
const FRENCH: &str = "campaign-desk: zone: «\u{a0}Europe/Lndon\u{a0}» n’est pas un fuseau horaire — vouliez-vous \
                      dire Europe/London\u{202f}?; name: ne doit pas être vide; country: «\u{a0}New Zealand\u{a0}» \
                      n’est pas un code de pays\u{202f}; vouliez-vous dire NZ (New Zealand)\u{202f}?";

#[test]
fn lang_and_the_locale_variables_choose_the_language_of_the_errors() {
    let cli = Cli::new();
    assert_eq!(failing(&cli, &[], &[]).stderr.trim(), ENGLISH);
    assert_eq!(failing(&cli, &["--lang", "fr"], &[]).stderr.trim(), FRENCH);
    assert_eq!(failing(&cli, &["--lang", "fr-CA"], &[]).stderr.trim(), FRENCH);
    assert_eq!(failing(&cli, &[], &[("LANG", "fr_FR.UTF-8")]).stderr.trim(), FRENCH);
    assert_eq!(failing(&cli, &[], &[("LC_MESSAGES", "fr_CA.UTF-8")]).stderr.trim(), FRENCH);
    // LC_ALL wins over LANG, and --lang over both; C and POSIX are English.
    assert_eq!(failing(&cli, &[], &[("LANG", "fr_FR.UTF-8"), ("LC_ALL", "C")]).stderr.trim(), ENGLISH);
    assert_eq!(failing(&cli, &["--lang", "en"], &[("LC_ALL", "fr_FR.UTF-8")]).stderr.trim(), ENGLISH);
    assert_eq!(failing(&cli, &[], &[("LANG", "POSIX")]).stderr.trim(), ENGLISH);
    // A system language we have no messages in reads English, quietly.
    assert_eq!(failing(&cli, &[], &[("LANG", "de_DE.UTF-8")]).stderr.trim(), ENGLISH);
    // Nothing was written in any language.
    assert_eq!(cli.ok(&["org", "list"]), serde_json::json!([]));
}

#[test]
fn an_unknown_lang_is_refused_by_name_and_runs_nothing() {
    let cli = Cli::new();
    let r = run_with_env(&cli.db, &["--lang", "xx", "init"], &[]);
    assert_eq!(r.status, 2);
    assert_eq!(
        r.stderr.trim(),
        "campaign-desk: --lang xx: there are no messages in that language (it can be one of: en, tl, es, fr, id)"
    );
    assert!(!cli.db.exists(), "the command did not run");
}

#[test]
fn json_errors_carry_the_same_keys_ids_and_arguments_in_every_language() {
    let cli = Cli::new();
    let english = failing(&cli, &["--json"], &[]).json();
    assert_eq!(english["error"]["kind"], "validation");
    let fields = english["error"]["fields"].as_array().expect("fields");
    let ids: Vec<&str> = fields.iter().map(|f| f["id"].as_str().unwrap()).collect();
    assert_eq!(ids, ["core-zone-did-you-mean", "core-empty", "core-country-did-you-mean"]);
    assert_eq!(fields[0]["args"], serde_json::json!({ "value": "Europe/Lndon", "suggestion": "Europe/London" }));
    assert_eq!(fields[2]["message"], "'New Zealand' is not a country code; did you mean NZ (New Zealand)?");
    for (before, vars) in
        [(&["--json", "--lang", "fr"][..], &[][..]), (&["--json"][..], &[("LANG", "fr_FR.UTF-8")][..])]
    {
        let french = failing(&cli, before, vars);
        assert_eq!(french.json(), english, "--json is the same whatever the language");
        assert!(french.stderr.contains("n’est pas un fuseau horaire"), "{}", french.stderr);
    }
}

#[test]
fn a_command_that_printed_its_own_json_keeps_it_as_the_only_document_on_stdout() {
    // A failing command without output prints the error as JSON; one that succeeded prints its result only.
    let cli = Cli::new();
    let org = cli.ok(&["org", "add", "--name", "IMA"]);
    assert_eq!(org["name"], "IMA");
    let missing = run_with_env(&cli.db, &["--json", "org", "show", "999"], &[]);
    assert_eq!(missing.status, 2);
    assert_eq!(missing.json()["error"]["kind"], "not_found");
    assert_eq!(missing.json()["error"]["fields"], serde_json::json!([]));
    assert_eq!(missing.json()["error"]["id"], "core-not-found");
    assert_eq!(missing.json()["error"]["args"], serde_json::json!({ "entity": "organisation", "id": "999" }));
    let french = run_with_env(&cli.db, &["--lang", "fr", "org", "show", "999"], &[]);
    assert_eq!(french.stderr.trim(), "campaign-desk: l’organisation 999 n’existe pas");
}

fn human(cli: &Cli, lang: &str, args: &[&str]) -> String {
    let mut all = vec!["--lang", lang];
    all.extend_from_slice(args);
    let r = run_with_env(&cli.db, &all, &[]);
    assert_eq!(r.status, 0, "{all:?}: {}", r.stderr);
    r.stdout
}

#[test]
fn confirmations_tables_and_empty_lists_speak_tagalog_and_indonesian() {
    let cli = Cli::new();
    assert_eq!(
        human(&cli, "id", &["org", "list"]).trim(),
        "Belum ada organisasi. Tambahkan dengan `campaign-desk org add --name NAME`."
    );
    assert_eq!(
        human(&cli, "tl", &["org", "add", "--name", "Migrante", "--city", "Manila"]),
        "Nagawa ang organisasyon 1 (Migrante)\n"
    );
    assert_eq!(human(&cli, "id", &["org", "add", "--name", "KABAR BUMI"]), "Organisasi 2 dibuat (KABAR BUMI)\n");
    assert_eq!(human(&cli, "en", &["org", "add", "--name", "IMA"]), "Created organisation 3 (IMA)\n");
    // Column names in the language, upper-cased, the columns still aligned by characters.
    let tagalog = human(&cli, "tl", &["org", "list"]);
    let header = tagalog.lines().next().unwrap();
    assert!(header.starts_with("ID  PANGALAN    DAGLAT  BANSA  LUNGSOD  TIME ZONE  EMAIL"), "{tagalog}");
    assert!(tagalog.contains("\n1   Migrante"), "{tagalog}");
    let indonesian = human(&cli, "id", &["org", "list"]);
    assert!(indonesian.starts_with("ID  NAMA        SINGKATAN  NEGARA  KOTA"), "{indonesian}");
    // A campaign made from a template: the confirmation and the plan's counts.
    let made = human(
        &cli,
        "tl",
        &["campaign", "new", "--template", "day_of_action", "--start", "2026-03-18", "--title", "Araw ng pagkilos"],
    );
    assert!(made.starts_with("Nagawa ang kampanya 1 “Araw ng pagkilos” (2026-03-"), "{made}");
    assert!(made.contains(" aktibidad at ") && made.trim_end().ends_with(" gawain"), "{made}");
    let fields = human(&cli, "id", &["campaign", "show", "1"]);
    assert!(fields.lines().any(|l| l.starts_with("judul") && l.ends_with("Araw ng pagkilos")), "{fields}");
    assert_eq!(human(&cli, "id", &["campaign", "rm", "1"]), "Kampanye 1 dan acara-acaranya dihapus\n");
}

#[test]
fn json_output_is_the_same_in_every_language() {
    let cli = Cli::new();
    let json = |lang: &str, args: &[&str]| {
        let mut all = vec!["--json", "--lang", lang];
        all.extend_from_slice(args);
        let r = run_with_env(&cli.db, &all, &[]);
        assert_eq!(r.status, 0, "{all:?}: {}", r.stderr);
        r.stdout
    };
    let english = json("en", &["org", "add", "--name", "IMA", "--city", "Manila"]);
    assert!(english.contains("\"name\": \"IMA\""), "{english}");
    for lang in ["tl", "es", "fr", "id"] {
        let listed = json(lang, &["org", "list"]);
        assert_eq!(listed, json("en", &["org", "list"]), "{lang}");
        assert_eq!(json(lang, &["campaign", "list"]), "[]\n", "{lang}");
    }
    // A failing command's JSON is the same too; only the text on stderr changes.
    let fail = |lang: &str| failing(&cli, &["--json", "--lang", lang], &[]);
    let (english, tagalog, indonesian) = (fail("en"), fail("tl"), fail("id"));
    assert_eq!(tagalog.stdout, english.stdout);
    assert_eq!(indonesian.stdout, english.stdout);
    assert!(tagalog.stderr.contains("name: dapat may laman"), "{}", tagalog.stderr);
    assert!(indonesian.stderr.contains("name: tidak boleh kosong"), "{}", indonesian.stderr);
}

#[test]
fn polls_speak_tagalog_and_spanish_and_their_json_does_not_change() {
    let cli = Cli::new();
    assert_eq!(
        human(&cli, "es", &["poll", "list"]).trim(),
        "Aún no hay encuestas. Inicia una con `campaign-desk poll new --title T --with ORG,ORG --length 90m --slot … \
         --slot …`."
    );
    cli.ok(&["org", "add", "--name", "Migrante", "--short", "MIG", "--zone", "Asia/Manila"]);
    cli.ok(&["org", "add", "--name", "Kanlungan", "--short", "KAN", "--zone", "Europe/London"]);
    let new = ["poll", "new", "--title", "Pulong", "--with", "1,2", "--length", "1h", "--slot", "2027-03-04T10:00Z"];
    let made = human(&cli, "tl", &[&new[..], &["--slot", "2027-03-05T10:00Z"]].concat());
    assert!(made.starts_with("Ginawa ang botohan 1 (Pulong) na may 2 posibleng oras\n"), "{made}");
    assert!(made.contains("\nhaba ") && made.contains("60 minuto"), "{made}");
    let recorded = human(&cli, "es", &["poll", "answer", "1", "--org", "1", "--slot", "1", "--answer", "if-need-be"]);
    assert!(recorded.starts_with("Respuesta de MIG anotada para el horario 1: si hace falta\n"), "{recorded}");
    // The slot table: its header and each clock's state in the language.
    let shown = human(&cli, "es", &["poll", "show", "1"]);
    let header = shown.lines().find(|l| l.starts_with("HORARIO")).unwrap_or_else(|| panic!("{shown}"));
    assert!(header.contains("SÍ") && header.contains("SI HACE FALTA") && header.contains("MIG"), "{shown}");
    assert!(shown.contains("(trabajando)") || shown.contains("(despierto)") || shown.contains("(durmiendo)"));
    assert!(shown.trim_end().ends_with("y si no, el más temprano."), "{shown}");
    let closed = human(&cli, "tl", &["poll", "close", "1", "--slot", "2"]);
    assert!(closed.starts_with("Isinara ang botohan 1 sa oras 2\n"), "{closed}");
    // Closing it again is refused in the language; --json keeps the id and arguments.
    let again = run_with_env(&cli.db, &["--lang", "es", "poll", "close", "1", "--slot", "1"], &[]);
    assert_eq!(again.status, 2);
    assert!(again.stderr.contains("la encuesta 1 ya se cerró el "), "{}", again.stderr);
    let json = |lang: &str| run_with_env(&cli.db, &["--json", "--lang", lang, "poll", "show", "1"], &[]).stdout;
    assert_eq!(json("tl"), json("en"));
    assert_eq!(json("es"), json("en"));
    // Find a time for the same two, in Spanish: what was searched and each clock's state.
    let found =
        human(&cli, "es", &["find-time", "--with", "1,2", "--length", "1h", "--from", "2027-03-04", "--days", "2"]);
    assert!(
        found.starts_with("Horarios de 60 minutos durante 2 días desde el 2027-03-04 (días de Asia/Manila)"),
        "{found}"
    );
    assert!(found.contains("Inicios examinados: "), "{found}");
}

#[test]
fn who_is_coming_speaks_tagalog_and_spanish() {
    let cli = Cli::new();
    cli.ok(&["org", "add", "--name", "APWLD", "--zone", "Asia/Manila"]);
    cli.ok(&["org", "add", "--name", "IBON", "--zone", "Asia/Manila"]);
    let event = cli.ok(&[
        "event",
        "add",
        "--title",
        "Pulong",
        "--start",
        "2026-03-03T09:00",
        "--end",
        "2026-03-03T10:00",
        "--zone",
        "Asia/Manila",
    ]);
    let e = event["id"].to_string();
    assert_eq!(
        human(&cli, "tl", &["invitations", &e]),
        "Pulong \nWala pang imbitado.\n0 imbitado: 0 oo, 0 baka, 0 hindi, 0 naghihintay ng sagot, 0 hindi sumagot; \
         0 dumalo, 0 hindi dumalo\n"
    );
    let invited = human(&cli, "es", &["invite", &e, "--org", "1,2"]);
    assert!(invited.starts_with("Invitaciones nuevas: 2 (ya estaban invitadas: 0)\n"), "{invited}");
    assert!(invited.contains("\nQUIÉN  "), "{invited}");
    assert_eq!(human(&cli, "es", &["rsvp", &e, "--org", "1", "--answer", "maybe"]), "APWLD: quizás\n");
    assert_eq!(human(&cli, "tl", &["attendance", &e, "--org", "2", "--came"]), "IBON: dumalo\n");
    let listed = human(&cli, "tl", &["invitations", &e]);
    assert!(listed.contains("\nAPWLD  organisasyon  baka"), "{listed}");
    assert!(listed.contains("2 imbitado: 0 oo, 1 baka, 0 hindi, 1 naghihintay ng sagot"), "{listed}");
    assert!(listed.contains("Wala pang sagot: IBON"), "{listed}");
}

#[test]
fn sync_with_nothing_shared_speaks_spanish_and_tagalog() {
    let cli = Cli::new();
    assert_eq!(human(&cli, "es", &["sync", "account", "list"]), "No hay cuentas CalDAV.\n");
    assert_eq!(human(&cli, "tl", &["sync", "conflicts"]), "Walang conflict.\n");
    let status = human(&cli, "es", &["sync", "status"]);
    assert!(status.starts_with("No hay ninguna campaña compartida. (Contraseñas: el llavero, o "), "{status}");
}
