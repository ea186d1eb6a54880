//! `waspada rules check`: lint rule sources and run every rule's examples as tests.

use std::path::Path;

use crate::Engine;
use crate::pack::source::{CompiledSources, SourceProblem, compile_dir};

/// The outcome of checking a rules folder.
#[derive(Debug, Clone, Default)]
pub struct CheckReport {
    /// Problems, each as `file:line: message`.
    pub problems: Vec<SourceProblem>,
    /// Rules checked.
    pub rules: usize,
    /// Examples and counter-examples run.
    pub examples: usize,
}

impl CheckReport {
    /// Whether everything passed.
    pub fn is_ok(&self) -> bool {
        self.problems.is_empty()
    }
}

/// Compiles `dir` and runs each rule's `examples` (the rule must fire) and `counter_examples`
/// (it must not), through the whole engine, exactly as a message would be scanned.
pub fn check_rules(dir: &Path) -> CheckReport {
    let CompiledSources { pack, examples, .. } = match compile_dir(dir) {
        Ok(c) => c,
        Err(e) => {
            return CheckReport {
                problems: e.0,
                ..CheckReport::default()
            };
        }
    };
    let rules = pack.rules.len();
    let engine = match Engine::from_pack_data(pack) {
        Ok(e) => e,
        Err(e) => {
            let problem = SourceProblem {
                path: dir.to_path_buf(),
                line: None,
                message: e.to_string(),
            };
            return CheckReport {
                problems: vec![problem],
                rules,
                examples: 0,
            };
        }
    };
    let mut report = CheckReport {
        rules,
        ..CheckReport::default()
    };
    for ex in &examples {
        let fires = |text: &str| engine.fired_rules(text).contains(&ex.rule.as_str());
        for text in &ex.examples {
            report.examples += 1;
            if !fires(text) {
                report.problems.push(problem(
                    ex,
                    format!("example does not fire `{}`: {text:?}", ex.rule),
                ));
            }
        }
        for text in &ex.counter_examples {
            report.examples += 1;
            if fires(text) {
                report.problems.push(problem(
                    ex,
                    format!("counter-example fires `{}`: {text:?}", ex.rule),
                ));
            }
        }
    }
    report
}

fn problem(ex: &crate::pack::source::RuleExamples, message: String) -> SourceProblem {
    SourceProblem {
        path: ex.path.clone(),
        line: Some(ex.line),
        message,
    }
}
