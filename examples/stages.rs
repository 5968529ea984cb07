//! Times each stage of the pipeline in pure Rust (no Python), one thread, one call per document.
//!
//! ```text
//! cargo run --release --example stages -- DOCS.jsonl [STAGE] [REPEAT]
//! ```
//!
//! `DOCS.jsonl` holds one `{"text": …}` object per line; `STAGE` is `clean`, `sentences`,
//! `quotes`, `pipeline` or `all` (the default). Run it under `valgrind --tool=callgrind` with one
//! stage and `REPEAT` 1 to count instructions.
//!
//! `STAGE` `dump` prints every quote of every document instead (with the default options, then
//! with scare quotes and reported speech), one JSON line per document: two builds that print
//! the same lines behave the same, which is how a speed-up is checked for changed results.
use std::time::Instant;

use quotesmith::{clean, corpus, quotes, sentences};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(path) = args.first() else {
        eprintln!("usage: stages DOCS.jsonl [clean|sentences|quotes|pipeline|all|dump] [REPEAT]");
        std::process::exit(2);
    };
    let stage = args.get(1).map_or("all", String::as_str);
    let repeat: usize = args.get(2).and_then(|r| r.parse().ok()).unwrap_or(3);
    let docs: Vec<String> = std::fs::read_to_string(path)
        .expect("readable DOCS.jsonl")
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).expect("one JSON object per line");
            v["text"].as_str().expect("a \"text\" field").to_owned()
        })
        .collect();
    if stage == "dump" {
        let all = quotes::QuoteOptions { include_scare: true, include_indirect: true, ..Default::default() };
        for d in &docs {
            let plain = quotes::extract_quotes(d, &quotes::QuoteOptions::default());
            let every = quotes::extract_quotes(d, &all);
            println!("{}", serde_json::json!([plain, every]));
        }
        return;
    }
    let mb = docs.iter().map(String::len).sum::<usize>() as f64 / 1e6;
    println!("{} documents, {mb:.2} MB; best of {repeat}", docs.len());
    let lang = sentences::Language::En;
    let run = |name: &str, f: &dyn Fn(&str) -> usize| {
        if stage != "all" && stage != name {
            return;
        }
        let mut best = f64::INFINITY;
        let mut items = 0;
        for _ in 0..repeat {
            let t = Instant::now();
            items = docs.iter().map(|d| f(d)).sum::<usize>();
            best = best.min(t.elapsed().as_secs_f64());
        }
        println!("{name:<10} {:>8.1} MB/s  {items} items", mb / best);
    };
    run("clean", &|d| clean::clean(d, &clean::CleanOptions::default()).text.len());
    run("sentences", &|d| sentences::sentence_spans(d, lang).len());
    run("quotes", &|d| quotes::extract_quotes(d, &quotes::QuoteOptions::default()).len());
    run("pipeline", &|d| corpus::analyze(d, &corpus::PipelineOptions::default()).quotes.len());
}
