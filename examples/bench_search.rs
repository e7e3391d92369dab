//! Benchmark (not a test): global search on 10,000 statements, each in five languages (an English source and
//! Spanish, French, Indonesian and Tagalog translations, several paragraphs each), with 300 organisations, 60
//! campaigns and 2,000 events beside them. Times ~200 varied queries (one to three words, prefixes, Spanish and
//! French words typed without accents) through `Store::search`, and for comparison the same queries as the naive
//! `LIKE '%term%'` scan over the same tables, in the same run. Numbers go to BENCHMARKS.md.
//!
//! usage: cargo run --release --example bench_search -- DIR   (reuses DIR/search.sqlite3 when it exists)
//!        cargo run --release --example bench_search -- DIR import FILE.ics   (what keeping the index costs a large
//!        import: FILE imported into a new database with the search triggers, without them, and with a trigger that
//!        only notes each event, round-robin)
//!        cargo run --release --example bench_search -- DIR typed   (the same, for the one- to four-letter starts of
//!        frequent words the search box asks about while a word is typed)
//!        cargo run --release --example bench_search -- DIR raw   (100,000 plain inserts into `events`, foreign keys
//!        on, without and with one extra trigger noting each row: the cost of a trigger alone)

use std::time::Instant;

use campaign_desk::domain::{CampaignInput, EventInput, OrganisationInput, StatementInput, StatementKind};
use campaign_desk::Store;

const STATEMENTS: usize = 10_000;
const LIMIT: usize = 20;

/// A small deterministic generator (xorshift), so every run builds the same data without a dependency.
struct Seeded(u64);

impl Seeded {
    fn next(&mut self, n: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % n
    }
    /// Skewed towards the start of the list (u³), roughly as word frequencies are.
    fn zipf(&mut self, n: usize) -> usize {
        let u = self.next(1_000_000) as f64 / 1_000_000.0;
        ((u * u * u) * n as f64) as usize
    }
}

const EN: &str = "the of and to in for our we workers migrant rights solidarity families government policy \
    deportations wages justice women domestic labour struggle people community unions alliance demand end \
    attacks detention border camps refugees climate land farmers peasants housing health education youth \
    militarisation peace war sanctions imperialism sovereignty organise rally march campaign statement call \
    action support condemn stand together against exploitation trafficking recruitment fees contracts abuse \
    employers agencies embassy consulate overseas remittances livelihood displacement evictions";
const ES: &str = "el la de y en para nuestros trabajadores migrantes derechos solidaridad familias gobierno política \
    deportación deportaciones salarios justicia mujeres trabajadoras del hogar lucha pueblo comunidad sindicatos \
    alianza exigimos fin ataques detención frontera campamentos refugiados clima tierra campesinos vivienda salud \
    educación juventud militarización paz guerra sanciones soberanía organizar marcha campaña declaración acción \
    apoyo condenamos explotación trata reclutamiento cuotas contratos abuso empleadores agencias embajada consulado \
    remesas desplazamiento desalojos comunicación autodeterminación";
const FR: &str = "le la de et en pour nos travailleurs migrants droits solidarité familles gouvernement politique \
    expulsions salaires justice femmes travailleuses domestiques lutte peuple communauté syndicats alliance \
    exigeons fin attaques détention frontière camps réfugiés climat terre paysans logement santé éducation jeunesse \
    militarisation paix guerre sanctions impérialisme souveraineté organiser manifestation campagne déclaration \
    action soutien dénonçons exploitation traite recrutement frais contrats abus employeurs agences ambassade \
    consulat transferts déplacement expulsés régularisation sans-papiers";
const ID: &str = "dan yang di untuk kami pekerja migran hak solidaritas keluarga pemerintah kebijakan deportasi upah \
    keadilan perempuan rumah tangga perjuangan rakyat komunitas serikat aliansi menuntut hentikan serangan \
    penahanan perbatasan pengungsi iklim tanah petani perumahan kesehatan pendidikan pemuda militerisasi damai \
    perang sanksi kedaulatan mengorganisir aksi kampanye pernyataan dukungan mengecam eksploitasi perdagangan \
    orang perekrutan biaya kontrak kekerasan majikan agen kedutaan konsulat kiriman uang penggusuran";
const TL: &str = "ang ng mga sa at para namin manggagawa migrante karapatan pakikiisa pamilya gobyerno patakaran \
    deportasyon sahod katarungan kababaihan kasambahay pakikibaka mamamayan komunidad unyon alyansa hinihiling \
    wakasan atake detensyon hangganan bakwit klima lupa magsasaka pabahay kalusugan edukasyon kabataan \
    militarisasyon kapayapaan digmaan parusa soberanya mag-organisa martsa kampanya pahayag suporta kinokondena \
    pagsasamantala recruitment bayarin kontrata pang-aabuso amo ahensya embahada konsulado padala demolisyon";

/// Each language's words: the real ones above first (the most frequent), then 6,000 invented ones for the long
/// tail, built from 480 syllables (16 onsets × 5 vowels × 6 codas) so their beginnings are as varied as real words'.
fn vocabulary(words: &str, rng: &mut Seeded) -> Vec<String> {
    const ONSETS: [&str; 16] = ["", "b", "d", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "w", "y", "ng"];
    const VOWELS: [&str; 5] = ["a", "e", "i", "o", "u"];
    const CODAS: [&str; 6] = ["", "n", "s", "r", "l", "t"];
    let mut v: Vec<String> = words.split_whitespace().map(String::from).collect();
    let syllable = |rng: &mut Seeded| {
        let pick = |rng: &mut Seeded, from: &[&'static str]| from[rng.next(from.len() as u64) as usize];
        format!("{}{}{}", pick(rng, &ONSETS), pick(rng, &VOWELS), pick(rng, &CODAS))
    };
    for _ in 0..6_000 {
        let n = 2 + rng.next(2) as usize;
        v.push((0..n).map(|_| syllable(rng)).collect());
    }
    v
}

fn sentence(vocab: &[String], rng: &mut Seeded, words: usize) -> String {
    let mut s: Vec<&str> = (0..words).map(|_| vocab[rng.zipf(vocab.len())].as_str()).collect();
    let first = s.first().map(|w| capitalise(w)).unwrap_or_default();
    s[0] = &first;
    format!("{}.", s.join(" "))
}

fn capitalise(w: &str) -> String {
    let mut c = w.chars();
    c.next().map(|f| f.to_uppercase().chain(c).collect()).unwrap_or_default()
}

fn text(vocab: &[String], rng: &mut Seeded) -> (String, String) {
    let n = 4 + rng.next(6) as usize;
    let title = sentence(vocab, rng, n).trim_end_matches('.').to_string();
    let mut paragraphs = Vec::new();
    for _ in 0..3 + rng.next(3) {
        let mut p = Vec::new();
        for _ in 0..3 + rng.next(4) {
            let n = 8 + rng.next(14) as usize;
            p.push(sentence(vocab, rng, n));
        }
        paragraphs.push(p.join(" "));
    }
    (title, paragraphs.join("\n\n"))
}

fn seed(store: &mut Store, vocabs: &[Vec<String>; 5], rng: &mut Seeded) -> campaign_desk::Result<()> {
    for i in 0..300 {
        let (name, notes) = text(&vocabs[0], rng);
        store.create_organisation(&OrganisationInput {
            name: format!("{name} {i}"),
            city: Some(["Manila", "Hong Kong", "Jakarta", "Toronto", "Bogotá"][i % 5].into()),
            notes: Some(notes),
            ..Default::default()
        })?;
    }
    let mut campaigns = Vec::new();
    for i in 0..60 {
        let (title, description) = text(&vocabs[i % 5], rng);
        campaigns.push(
            store
                .create_campaign(&CampaignInput {
                    title,
                    description: Some(description),
                    start_date: "2026-03-01".into(),
                    end_date: "2026-03-31".into(),
                    ..Default::default()
                })?
                .id,
        );
    }
    for i in 0..2_000 {
        let (title, description) = text(&vocabs[i % 5], rng);
        store.create_event(&EventInput {
            campaign_id: Some(campaigns[i % campaigns.len()]),
            title,
            description: Some(description),
            location: Some("Chater Garden".into()),
            all_day: true,
            start: "2026-03-08".into(),
            end: "2026-03-08".into(),
            ..Default::default()
        })?;
    }
    const LANGS: [&str; 4] = ["es", "fr", "id", "tl"];
    for i in 0..STATEMENTS {
        let (title, body) = text(&vocabs[0], rng);
        let kind = StatementKind::ALL[i % StatementKind::ALL.len()];
        let id = store.create_statement(&StatementInput { title, kind, ..Default::default() }, &body)?.id;
        for (l, lang) in LANGS.iter().enumerate() {
            let (title, body) = text(&vocabs[l + 1], rng);
            store.save_translation(id, lang, &title, &body, None, None)?;
        }
    }
    Ok(())
}

/// ~200 queries as people type them: one word (frequent or rare), two or three words, a word cut short (typed
/// half-way), and Spanish and French words without their accents.
fn queries(vocabs: &[Vec<String>; 5], rng: &mut Seeded) -> Vec<String> {
    let fold = |w: &str| deunicode::deunicode(w);
    let mut q = Vec::new();
    for i in 0..200 {
        let v = &vocabs[i % 5];
        let word = |rng: &mut Seeded| v[rng.zipf(v.len())].clone();
        q.push(match i % 8 {
            0 => word(rng),
            1 => v[300 + rng.next(2_000) as usize].clone(),
            2 => format!("{} {}", word(rng), word(rng)),
            3 => format!("{} {} {}", word(rng), word(rng), word(rng)),
            4 => {
                let w = word(rng);
                w.chars().take(3 + rng.next(3) as usize).collect()
            }
            5 => fold(&vocabs[1 + rng.next(2) as usize][rng.next(60) as usize]),
            6 => format!("{} {}", word(rng), fold(&word(rng))),
            _ => capitalise(&word(rng)),
        });
    }
    q
}

/// What the search box asks while a word is typed (it searches from the first letter): the first one to four letters
/// of frequent words in each language, the short prefixes that match the most terms.
fn typed_queries(vocabs: &[Vec<String>; 5], rng: &mut Seeded) -> Vec<String> {
    let mut q = Vec::new();
    for v in vocabs {
        for _ in 0..10 {
            let word = &v[rng.zipf(60)];
            q.extend((1..=4).map(|n| word.chars().take(n).collect::<String>()));
        }
    }
    q
}

/// CPU time this thread has used (Linux: /proc/thread-self/schedstat, nanoseconds on the CPU first); NaN elsewhere.
fn thread_cpu_ms() -> f64 {
    std::fs::read_to_string("/proc/thread-self/schedstat")
        .ok()
        .and_then(|s| s.split_whitespace().next()?.parse::<f64>().ok())
        .map_or(f64::NAN, |ns| ns / 1e6)
}

fn percentile(sorted: &[f64], p: f64) -> f64 {
    sorted[((sorted.len() as f64 - 1.0) * p).round() as usize]
}

/// The well-known naive search, for comparison only (the app never runs it): every term must appear somewhere in
/// the title or the text (`LIKE '%term%'`, ASCII case folding only, no accents folded, no ranking), first 20 rows.
fn naive_like(conn: &rusqlite::Connection, query: &str) -> rusqlite::Result<usize> {
    let terms: Vec<String> = query
        .split(|c: char| !c.is_alphanumeric())
        .filter(|t| !t.is_empty())
        .map(|t| format!("%{}%", t.replace(['%', '_'], "")))
        .collect();
    if terms.is_empty() {
        return Ok(0);
    }
    let cond = |a: &str, b: &str| {
        (1..=terms.len()).map(|i| format!("(({a} LIKE ?{i}) OR ({b} LIKE ?{i}))")).collect::<Vec<_>>().join(" AND ")
    };
    let sql = format!(
        "SELECT 'statement', r.statement_id FROM statement_revisions r
          WHERE r.number = (SELECT max(number) FROM statement_revisions WHERE statement_id = r.statement_id)
            AND {}
         UNION ALL SELECT 'translation', statement_id FROM statement_translations WHERE {}
         UNION ALL SELECT 'campaign', id FROM campaigns WHERE {}
         UNION ALL SELECT 'event', id FROM events WHERE {}
         UNION ALL SELECT 'organisation', id FROM organisations WHERE {}
         LIMIT {LIMIT}",
        cond("r.title", "r.body"),
        cond("title", "body"),
        cond("title", "ifnull(description, '')"),
        cond("title", "ifnull(description, '') || ifnull(location, '')"),
        cond("name", "ifnull(notes, '') || ifnull(city, '')"),
    );
    let mut stmt = conn.prepare_cached(&sql)?;
    let n = stmt.query_map(rusqlite::params_from_iter(&terms), |_| Ok(()))?.count();
    Ok(n)
}

fn report(label: &str, wall: &mut [f64], cpu: &mut [f64]) {
    wall.sort_by(f64::total_cmp);
    cpu.sort_by(f64::total_cmp);
    println!(
        "{label:<28} wall p50 {:>7.2} ms  p99 {:>7.2} ms  max {:>7.2} ms | cpu p50 {:>7.2} ms  p99 {:>7.2} ms",
        percentile(wall, 0.5),
        percentile(wall, 0.99),
        percentile(wall, 1.0),
        percentile(cpu, 0.5),
        percentile(cpu, 0.99),
    );
}

/// The ICS import into a new database: with the search triggers ("kept"); without them ("off", dropped through a
/// connection of our own, for this comparison only); and with a trigger that only notes each event in a scratch table
/// ("noted", the triggers' share without the indexing). Round-robin, three runs each; medians of wall and CPU time.
fn import_cost(dir: &std::path::Path, ics: &std::path::Path) -> Result<(), Box<dyn std::error::Error>> {
    use campaign_desk::service::ics_import::{import, ImportOptions};
    const MODES: [&str; 3] = ["kept", "off", "noted"];
    let mut times: [Vec<(f64, f64)>; 3] = Default::default();
    let target = dir.join("import.sqlite3");
    for run in 0..9 {
        for stale in ["", "-wal", "-shm"] {
            let _ = std::fs::remove_file(format!("{}{stale}", target.display()));
        }
        let mode = run % 3;
        let mut store = Store::open(&target)?;
        let drop_triggers =
            "DROP TRIGGER search_event_insert; DROP TRIGGER search_event_update; DROP TRIGGER search_event_delete;";
        match MODES[mode] {
            "off" => rusqlite::Connection::open(&target)?.execute_batch(drop_triggers)?,
            "noted" => rusqlite::Connection::open(&target)?.execute_batch(&format!(
                "{drop_triggers} CREATE TABLE bench_noted (entry INTEGER PRIMARY KEY);
                 CREATE TRIGGER bench_noted AFTER INSERT ON events BEGIN
                   INSERT OR IGNORE INTO bench_noted VALUES (new.id * 8 + 4);
                 END;"
            ))?,
            _ => {}
        }
        let open = || -> campaign_desk::Result<_> {
            Ok(std::io::BufReader::new(std::fs::File::open(ics).map_err(|e| campaign_desk::Error::io("open", e))?))
        };
        let (t, cpu) = (Instant::now(), thread_cpu_ms());
        let new =
            import(&mut store, open, ImportOptions { campaign_id: None, floating_zone: chrono_tz::UTC }, false)?.new;
        let (secs, cpu) = (t.elapsed().as_secs_f64(), (thread_cpu_ms() - cpu) / 1000.0);
        println!("import {new} events, search index {}: {secs:.2} s (CPU {cpu:.2} s)", MODES[mode]);
        times[mode].push((secs, cpu));
    }
    // The last import ran with only the scratch trigger: note every event as pending and time indexing them in one
    // go (`Store::open` indexes what it finds pending).
    rusqlite::Connection::open(&target)?.execute("INSERT INTO search_pending SELECT id * 8 + 4 FROM events", [])?;
    let (t, cpu) = (Instant::now(), thread_cpu_ms());
    drop(Store::open(&target)?);
    println!(
        "indexing the 100,000 imported events at once: {:.2} s (CPU {:.2} s)",
        t.elapsed().as_secs_f64(),
        (thread_cpu_ms() - cpu) / 1000.0
    );
    for (mode, runs) in MODES.iter().zip(&mut times) {
        let mut wall: Vec<f64> = runs.iter().map(|r| r.0).collect();
        let mut cpu: Vec<f64> = runs.iter().map(|r| r.1).collect();
        wall.sort_by(f64::total_cmp);
        cpu.sort_by(f64::total_cmp);
        println!("median of 3, search index {mode}: {:.2} s (CPU {:.2} s)", wall[1], cpu[1]);
    }
    Ok(())
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let dir = std::path::PathBuf::from(std::env::args().nth(1).ok_or("usage: bench_search DIR")?);
    std::fs::create_dir_all(&dir)?;
    if std::env::args().nth(2).as_deref() == Some("raw") {
        for noted in [false, true, false, true] {
            let target = dir.join("raw.sqlite3");
            for stale in ["", "-wal", "-shm"] {
                let _ = std::fs::remove_file(format!("{}{stale}", target.display()));
            }
            drop(Store::open(&target)?);
            let mut conn = rusqlite::Connection::open(&target)?;
            conn.execute_batch("PRAGMA foreign_keys = ON;")?;
            conn.execute_batch(
                "DROP TRIGGER search_event_insert; DROP TRIGGER search_event_update; DROP TRIGGER search_event_delete;",
            )?;
            if noted {
                conn.execute_batch(
                    "CREATE TABLE bench_noted (entry INTEGER PRIMARY KEY);
                     CREATE TRIGGER bench_noted AFTER INSERT ON events BEGIN
                       INSERT OR IGNORE INTO bench_noted VALUES (new.id * 8 + 4);
                     END;",
                )?;
            }
            let tx = conn.transaction()?;
            let t = Instant::now();
            {
                let mut stmt = tx.prepare(
                    "INSERT INTO events (uid, campaign_id, title, kind, all_day, start_local, end_local, zone, rrule,
                       exdates, mode, location, online_url, registration_url, status, description, reminders,
                       sequence, created_at, updated_at, rdates)
                     VALUES (?1, NULL, ?2, 'meeting', 0, '2024-03-04T10:00', '2024-03-04T11:00', 'Asia/Manila', NULL,
                       '[]', 'in_person', NULL, NULL, NULL, 'confirmed', NULL, '[]', 0, 'x', 'x', '[]')
                     ON CONFLICT (uid) DO NOTHING",
                )?;
                for i in 0..100_000 {
                    stmt.execute(rusqlite::params![format!("u{i}"), format!("Event {i}")])?;
                }
            }
            tx.commit()?;
            println!("raw insert, noted trigger {noted}: {:.2} s", t.elapsed().as_secs_f64());
        }
        return Ok(());
    }
    if std::env::args().nth(2).as_deref() == Some("import") {
        let ics = std::path::PathBuf::from(std::env::args().nth(3).ok_or("usage: bench_search DIR import FILE")?);
        return import_cost(&dir, &ics);
    }
    let mut rng = Seeded(0x9E37_79B9_7F4A_7C15);
    let vocabs = [EN, ES, FR, ID, TL].map(|w| vocabulary(w, &mut rng));
    let db = dir.join("search.sqlite3");
    if !db.exists() {
        // Seeded in memory (no fsync per statement), then copied to the file the queries run on.
        let t = Instant::now();
        let mut mem = Store::open_in_memory()?;
        seed(&mut mem, &vocabs, &mut rng)?;
        mem.backup_into(&db)?;
        println!(
            "seed: {STATEMENTS} statements × 5 languages, 300 organisations, 60 campaigns, 2000 events in {:.1} s",
            t.elapsed().as_secs_f64()
        );
    }
    // An in-memory store has no application id of its own (only files are stamped); stamp the copy.
    rusqlite::Connection::open(&db)?.pragma_update(None, "application_id", campaign_desk::store::APPLICATION_ID)?;
    println!("database: {:.0} MB", std::fs::metadata(&db)?.len() as f64 / 1e6);
    let store = Store::open(&db)?;
    let conn = rusqlite::Connection::open(&db)?;
    let qs = if std::env::args().nth(2).as_deref() == Some("typed") {
        typed_queries(&vocabs, &mut Seeded(0x2545_F491_4F6C_DD1D))
    } else {
        queries(&vocabs, &mut Seeded(0x2545_F491_4F6C_DD1D))
    };

    // One pass to warm the page cache for both, then the measured pass.
    for q in &qs {
        store.search(q, LIMIT)?;
        naive_like(&conn, q)?;
    }
    let (mut fts_wall, mut fts_cpu, mut like_wall, mut like_cpu) = (vec![], vec![], vec![], vec![]);
    let (mut fts_hits, mut like_hits, mut slowest) = (0, 0, (0.0, String::new()));
    for q in &qs {
        let (t, c) = (Instant::now(), thread_cpu_ms());
        fts_hits += store.search(q, LIMIT)?.len();
        let ms = t.elapsed().as_secs_f64() * 1000.0;
        fts_wall.push(ms);
        fts_cpu.push(thread_cpu_ms() - c);
        if ms > slowest.0 {
            slowest = (ms, q.clone());
        }
        let (t, c) = (Instant::now(), thread_cpu_ms());
        like_hits += naive_like(&conn, q)?;
        like_wall.push(t.elapsed().as_secs_f64() * 1000.0);
        like_cpu.push(thread_cpu_ms() - c);
    }
    println!("{} queries, e.g. {:?}", qs.len(), &qs[..10]);
    report("Store::search (FTS5, bm25)", &mut fts_wall, &mut fts_cpu);
    report("naive LIKE '%term%' scan", &mut like_wall, &mut like_cpu);
    println!("hits returned (limit {LIMIT} each): FTS5 {fts_hits}, LIKE {like_hits}");
    println!("slowest FTS5 query: {:?} in {:.2} ms", slowest.1, slowest.0);
    if std::env::var_os("BENCH_DETAIL").is_some() {
        let mut timed: Vec<(f64, &String)> = Vec::new();
        for q in &qs {
            let t = Instant::now();
            store.search(q, LIMIT)?;
            timed.push((t.elapsed().as_secs_f64() * 1000.0, q));
        }
        timed.sort_by(|a, b| b.0.total_cmp(&a.0));
        for (ms, q) in timed.iter().take(25) {
            let n: i64 = conn.query_row(
                "SELECT count(*) FROM search_index WHERE search_index MATCH ?1",
                [campaign_desk::store::match_expression(q).unwrap_or_default()],
                |r| r.get(0),
            )?;
            println!("{ms:>8.2} ms  {n:>6} matches  {q:?}");
        }
    }
    Ok(())
}
