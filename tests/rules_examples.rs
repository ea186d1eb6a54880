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
