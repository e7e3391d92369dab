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
