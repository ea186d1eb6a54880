//! Every rule's `examples` fire it and its `counter_examples` don't (rules/ is data; these are
//! its tests). The same check runs as `waspada rules check`.

#[test]
fn rule_sources_are_clean_and_every_example_holds() {
    let report = waspada::check::check_rules(std::path::Path::new("rules"));
    let problems: Vec<String> = report.problems.iter().map(|p| p.to_string()).collect();
    assert!(
        problems.is_empty(),
        "{} problem(s):\n{}",
        problems.len(),
        problems.join("\n")
    );
    assert!(
        report.rules >= 40,
        "the default pack has rules for every category ({} found)",
        report.rules
    );
    assert!(
        report.examples >= 2 * report.rules,
        "examples run: {}",
        report.examples
    );
}

#[test]
fn every_category_has_rules() {
    let compiled =
        waspada::pack::source::compile_dir(std::path::Path::new("rules")).expect("rules compile");
    for category in waspada::Category::ALL {
        assert!(
            compiled
                .pack
                .rules
                .iter()
                .any(|r| r.category == Some(category)),
            "no rule for category {category}"
        );
    }
}

#[test]
fn sets_and_letter_classes_expand_and_their_mistakes_name_the_line() {
    let dir = std::env::temp_dir().join(format!("waspada-sets-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let rules = r#"[sets]
names = ["*[a-c]88", "king138"]
unused = ["x"]

[[rule]]
id = "gambling.sets-ok"
category = "gambling"
weight = 40
phrases = ["@names"]
message.id = "judi"
message.en = "gambling"
examples = ["main di BETA88 yuk", "KING138"]

[[rule]]
id = "gambling.sets-bad"
category = "gambling"
weight = 40
phrases = ["@missing", "*[z-a]77"]
message.id = "judi"
message.en = "gambling"
examples = ["x"]
"#;
    let problems = problems_of(&dir, "gambling.toml", rules);
    let has = |needle: &str| problems.iter().any(|p| p.contains(needle));
    assert!(
        has("gambling.toml:18: unknown set `@missing`"),
        "{problems:?}"
    );
    assert!(
        has("gambling.toml:18: bad letter class `[z-a]`"),
        "{problems:?}"
    );
    assert!(
        has("gambling.toml:3: set `unused` is never used"),
        "{problems:?}"
    );
    assert!(!has("names"), "a used set is fine: {problems:?}");
}

/// A brand's `not_typos` word that is no typo of its keywords changes nothing: the lint says
/// so with the file and line, and a real one passes.
#[test]
fn not_typos_must_be_typos_of_the_brands_keywords() {
    let dir = std::env::temp_dir().join(format!("waspada-not-typos-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let brands = r#"[[brand]]
name = "Binance"
kind = "crypto"
keywords = ["binance"]
official = ["binance.com"]
not_typos = ["finance", "banana"]
"#;
    let problems = problems_of(&dir, "brands.toml", brands);
    let has = |needle: &str| problems.iter().any(|p| p.contains(needle));
    assert!(
        has("brands.toml:2: not_typos: `banana` is no typo"),
        "{problems:?}"
    );
    assert!(!has("`finance`"), "{problems:?}");
}

/// The problems `compile_dir` reports for a rules folder holding only `file` with `text`
/// (the folder is removed afterwards).
fn problems_of(dir: &std::path::Path, file: &str, text: &str) -> Vec<String> {
    std::fs::write(dir.join(file), text).unwrap();
    let problems = match waspada::pack::source::compile_dir(dir) {
        Ok(_) => Vec::new(),
        Err(errors) => errors.0.iter().map(|p| p.to_string()).collect(),
    };
    std::fs::remove_dir_all(dir).ok();
    problems
}
