//! Benchmark (not a test): a 20-page statement (≈ 10,000 words of Markdown in 60 paragraphs with headings, lists
//! and quotes, plus a translation, 40 endorsements and contacts) on a real database file. Times what opening it costs
//! the core (`Store::statement_detail`: everything the page shows), one autosave of a small change (coalesced into
//! the open revision, the common case) and one that starts a new revision, each with the database's durable commit
//! (WAL, synchronous=FULL). For comparison, in the same run: what a text editor does to save the same document
//! (write the file, fsync) and to open it (read the file). Numbers go to BENCHMARKS.md.
//!
//! usage: cargo run --release --example bench_statement -- DIR

use std::io::Write;
use std::time::Instant;

use campaign_desk::domain::{EndorsementInput, OrganisationInput, StatementInput};
use campaign_desk::Store;

const RUNS: usize = 60;

fn page(n: usize) -> String {
    let sentence = "Migrant domestic workers across the region keep households and whole economies running, yet \
        they are still denied the protection of labour laws, the right to organise and the right to stay.";
    let mut out = format!("## Part {n}: what we have seen\n\n");
    for p in 0..3 {
        out.push_str(&format!("{} ", sentence).repeat(4 + p));
        out.push_str("\n\n");
    }
    out.push_str("- Regularise every undocumented worker\n- End the raids and the deportations\n\n");
    out.push_str("> We are workers, not criminals. — a member of the alliance\n\n");
    out
}

fn percentiles(mut ms: Vec<f64>) -> (f64, f64) {
    ms.sort_by(f64::total_cmp);
    let at = |p: f64| ms[((ms.len() as f64 - 1.0) * p).round() as usize];
    (at(0.5), at(0.99))
}

fn timed(
    mut f: impl FnMut() -> Result<(), Box<dyn std::error::Error>>,
) -> Result<(f64, f64), Box<dyn std::error::Error>> {
    let mut ms = Vec::new();
    for _ in 0..RUNS {
        let t = Instant::now();
        f()?;
        ms.push(t.elapsed().as_secs_f64() * 1000.0);
    }
    Ok(percentiles(ms))
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let dir = std::path::PathBuf::from(std::env::args().nth(1).ok_or("usage: bench_statement DIR")?);
    std::fs::create_dir_all(&dir)?;
    let db = dir.join("statement.sqlite3");
    let _ = std::fs::remove_file(&db);
    let mut store = Store::open(&db)?;
    let body: String = (1..=20).map(page).collect();
    let words = campaign_desk::domain::word_count(&body);
    let mut orgs = Vec::new();
    for i in 0..40 {
        let input = OrganisationInput {
            name: format!("Member organisation {i}"),
            country: Some(["PH", "HK", "CA", "ID"][i % 4].into()),
            ..Default::default()
        };
        orgs.push(store.create_organisation(&input)?.id);
    }
    let input = StatementInput {
        title: "Twenty pages on migrant workers' rights".into(),
        issuer_ids: vec![orgs[0]],
        ..Default::default()
    };
    let id = store.create_statement(&input, &body)?.id;
    store.save_translation(id, "es", "Veinte páginas", &body, None, None)?;
    for o in &orgs[1..] {
        store.endorse_statement(id, &EndorsementInput { organisation_id: Some(*o), ..Default::default() })?;
    }
    println!("statement: {} bytes of Markdown, {words} words, 1 translation, 39 endorsements", body.len());

    let open = timed(|| {
        store.statement_detail(id)?;
        Ok(())
    })?;
    let mut n = 0;
    let coalesced = timed(|| {
        n += 1;
        store.save_statement_draft(id, &input.title, &format!("{body}\n\nTyping {n}"))?;
        Ok(())
    })?;
    let revisions = timed(|| {
        n += 1;
        store.commit_statement_revision(id, &input.title, &format!("{body}\n\nRevision {n}"))?;
        Ok(())
    })?;
    let revision_count = store.get_statement(id)?.revision;
    let open_later = timed(|| {
        store.statement_detail(id)?;
        Ok(())
    })?;
    let file = dir.join("statement.md");
    let editor_save = timed(|| {
        n += 1;
        let mut f = std::fs::File::create(&file)?;
        f.write_all(format!("{body}\n\nTyping {n}").as_bytes())?;
        f.sync_all()?;
        Ok(())
    })?;
    let editor_open = timed(|| {
        std::hint::black_box(std::fs::read_to_string(&file)?);
        Ok(())
    })?;
    println!("revisions by then: {revision_count}");
    for (name, (p50, p99)) in [
        ("open: Store::statement_detail (text, revisions, approvals, translation, endorsements, contacts)", open),
        ("open again, with the revisions the runs below made", open_later),
        ("autosave into the open revision (UPDATE + durable commit)", coalesced),
        ("save as a new revision (INSERT + durable commit)", revisions),
        ("a text editor's save of the same file (write + fsync)", editor_save),
        ("a text editor's read of the same file", editor_open),
    ] {
        println!("{name}: p50 {p50:.2} ms, p99 {p99:.2} ms ({RUNS} runs)");
    }
    Ok(())
}
