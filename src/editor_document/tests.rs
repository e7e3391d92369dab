//! The examples in tests/fixtures/editor-documents.json: each Markdown's document here is the one stored there
//! (`None` for what is left to the editor). ui/src/lib/statements/editorDocument.test.ts checks the same file
//! against TipTap's own parse, so between them the two readers agree on every example.
//! `UPDATE_EDITOR_DOCUMENTS=1 cargo test --lib editor_document` rewrites the stored documents after a change here;
//! then run that UI test before committing.

use super::editor_document;
use serde_json::Value;

const FIXTURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/editor-documents.json");

#[test]
fn each_example_gives_its_stored_document() {
    let text = std::fs::read_to_string(FIXTURES).expect("the examples");
    let mut examples: Vec<Value> = serde_json::from_str(&text).expect("a JSON list");
    let update = std::env::var_os("UPDATE_EDITOR_DOCUMENTS").is_some();
    for example in &mut examples {
        let markdown = example["markdown"].as_str().expect("markdown");
        let doc = editor_document(markdown).unwrap_or(Value::Null);
        if update {
            example["doc"] = doc;
        } else {
            assert_eq!(doc, example["doc"], "the document of {markdown:?}");
        }
    }
    if update {
        let pretty = serde_json::to_string_pretty(&examples).expect("JSON") + "\n";
        std::fs::write(FIXTURES, pretty).expect("writing the examples");
    }
    let read = examples.iter().filter(|e| !e["doc"].is_null()).count();
    assert!(read >= 20 && examples.len() - read >= 20, "both kinds of example: {read} read of {}", examples.len());
}

#[test]
fn a_twenty_page_statement_is_read_here() {
    let part = "## Part 1\n\nWorkers keep economies running. Yet they are denied rights.\n\n- Regularise every \
                worker\n- End the raids\n\n> We are workers.\n\n";
    let doc = editor_document(&part.repeat(20)).expect("read here");
    let blocks = doc["content"].as_array().expect("blocks");
    // Four blocks a part, and TipTap's empty paragraph for the blank line at the end.
    assert_eq!(blocks.len(), 81);
    assert_eq!(blocks[80], serde_json::json!({ "type": "paragraph", "content": [] }));
}
