//! What the engine concludes: a [`Verdict`] with a [`Level`], a score and the [`Reason`]s.

use serde::{Deserialize, Serialize};

use crate::category::Category;
use crate::pack::model::Levels;

/// How loudly to warn (design contract 2).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    /// Nothing shown.
    Safe,
    /// Toolbar badge only.
    Caution,
    /// Banner in the page.
    Warning,
    /// Full-page interstitial the user must read before going on.
    Danger,
}

impl Level {
    /// The contract name.
    pub fn as_str(self) -> &'static str {
        match self {
            Level::Safe => "safe",
            Level::Caution => "caution",
            Level::Warning => "warning",
            Level::Danger => "danger",
        }
    }

    /// Whether this level counts as "flagged" (warning or danger).
    pub fn is_flagged(self) -> bool {
        self >= Level::Warning
    }

    /// The level a score reaches under the pack's thresholds.
    pub fn from_score(score: u8, levels: &Levels) -> Level {
        if score >= levels.danger {
            Level::Danger
        } else if score >= levels.warning {
            Level::Warning
        } else if score >= levels.caution {
            Level::Caution
        } else {
            Level::Safe
        }
    }
}

impl std::fmt::Display for Level {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One piece of evidence: which rule or signal, what it means, and the words that show it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Reason {
    /// Rule or signal id, e.g. `phishing.tarif-transfer` or `url.brand-lookalike`.
    pub rule: String,
    /// Scam category.
    pub category: Category,
    /// What it means and what to do, in the language asked for.
    pub message: String,
    /// The words, link or domain quoted from the input.
    pub evidence: String,
    /// How much this reason weighs (1–100); not part of the JSON contract.
    #[serde(skip)]
    pub weight: u8,
}

/// The engine's judgement of one input.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Verdict {
    /// How loudly to warn.
    pub level: Level,
    /// 0–100: combined strength of the evidence.
    pub score: u8,
    /// Categories of the reasons, strongest first.
    pub categories: Vec<Category>,
    /// Every reason, strongest first.
    pub reasons: Vec<Reason>,
}

impl Verdict {
    /// A verdict with nothing found.
    pub fn safe() -> Verdict {
        Verdict {
            level: Level::Safe,
            score: 0,
            categories: Vec::new(),
            reasons: Vec::new(),
        }
    }

    /// Whether the verdict is warning or danger.
    pub fn is_flagged(&self) -> bool {
        self.level.is_flagged()
    }
}

/// The most that dampeners together take off the text score (a fraction).
pub const MAX_DAMPENING: f64 = 0.6;

/// Combines weighted evidence into a score.
///
/// Each reason is treated as independent evidence: `score = 100 × (1 − Π(1 − wᵢ/100))`. Two
/// weak hints (30 and 30) make 51, not 60, and no pile of weak hints ever passes 100. Text
/// evidence can be scaled down by dampeners (news reports, fraud education) before it is
/// combined with evidence from the URL and the page structure, which no wording can excuse.
#[derive(Debug, Clone, Default)]
pub struct Scorer {
    text_reasons: Vec<Reason>,
    other_reasons: Vec<Reason>,
    dampening: f64,
}

impl Scorer {
    /// Adds evidence found in the words of the input.
    pub fn add_text(&mut self, reason: Reason) {
        push_unique(&mut self.text_reasons, reason);
    }

    /// The evidence found in words, without the rest (to judge a part of an input apart).
    pub(crate) fn into_text_reasons(self) -> Vec<Reason> {
        self.text_reasons
    }

    /// Adds evidence from the URL, links or forms.
    pub fn add_structural(&mut self, reason: Reason) {
        push_unique(&mut self.other_reasons, reason);
    }

    /// Lowers the text part by `percent` (combined multiplicatively with other dampeners,
    /// never more than [`MAX_DAMPENING`] in all: a scam that adds "waspada penipuan!" to its
    /// own text must not talk itself down to nothing).
    pub fn dampen(&mut self, percent: u8) {
        let keep = 1.0 - f64::from(percent.min(100)) / 100.0;
        self.dampening = (1.0 - (1.0 - self.dampening) * keep).min(MAX_DAMPENING);
    }

    /// Whether any dampener has lowered the text part.
    pub fn is_dampened(&self) -> bool {
        self.dampening > 0.0
    }

    /// Keeps the dampeners from taking off more than `max` (a fraction) of the text part.
    pub fn limit_dampening(&mut self, max: f64) {
        self.dampening = self.dampening.min(max);
    }

    /// Text score before dampening, 0–100: used to decide context-dependent signals.
    pub fn raw_text_score(&self) -> u8 {
        to_score(combine(&self.text_reasons))
    }

    /// The categories found in the text so far.
    pub fn text_categories(&self) -> impl Iterator<Item = Category> + '_ {
        self.text_reasons.iter().map(|r| r.category)
    }

    /// The score the verdict would have now, 0–100, dampening included.
    pub fn score(&self) -> u8 {
        let text = combine(&self.text_reasons) * (1.0 - self.dampening);
        let other = combine(&self.other_reasons);
        to_score(1.0 - (1.0 - text) * (1.0 - other))
    }

    /// The category of the strongest evidence found in the text so far.
    pub fn strongest_text_category(&self) -> Option<Category> {
        self.text_reasons
            .iter()
            .max_by_key(|r| r.weight)
            .map(|r| r.category)
    }

    /// The final verdict.
    pub fn finish(self, levels: &Levels) -> Verdict {
        let score = self.score();
        // A URL check has no text reasons: keep the other list as it is (no new allocation).
        let mut reasons = if self.text_reasons.is_empty() {
            self.other_reasons
        } else {
            let mut reasons = self.text_reasons;
            reasons.extend(self.other_reasons);
            reasons
        };
        crate::small_sort::sort_short_by_key(&mut reasons, |r| std::cmp::Reverse(r.weight));
        let mut categories: Vec<Category> = Vec::new();
        for r in &reasons {
            if !categories.contains(&r.category) {
                categories.push(r.category);
            }
        }
        Verdict {
            level: Level::from_score(score, levels),
            score,
            categories,
            reasons,
        }
    }
}

fn push_unique(list: &mut Vec<Reason>, reason: Reason) {
    if !list.iter().any(|r| r.rule == reason.rule) {
        list.push(reason);
    }
}

fn combine(reasons: &[Reason]) -> f64 {
    1.0 - reasons
        .iter()
        .map(|r| 1.0 - f64::from(r.weight.min(100)) / 100.0)
        .product::<f64>()
}

fn to_score(p: f64) -> u8 {
    (p.clamp(0.0, 1.0) * 100.0).round() as u8
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reason(rule: &str, weight: u8) -> Reason {
        Reason {
            rule: rule.into(),
            category: Category::Gambling,
            message: String::new(),
            evidence: String::new(),
            weight,
        }
    }

    #[test]
    fn independent_evidence_combines_below_the_sum() {
        let mut s = Scorer::default();
        s.add_text(reason("a", 30));
        s.add_text(reason("b", 30));
        assert_eq!(s.finish(&Levels::default()).score, 51);
    }

    #[test]
    fn the_same_rule_counts_once() {
        let mut s = Scorer::default();
        s.add_text(reason("a", 40));
        s.add_text(reason("a", 40));
        assert_eq!(s.finish(&Levels::default()).score, 40);
    }

    #[test]
    fn dampeners_scale_text_but_not_structure() {
        let mut s = Scorer::default();
        s.add_text(reason("a", 60));
        s.add_structural(reason("url", 50));
        s.dampen(100);
        let v = s.finish(&Levels::default());
        // text 60 × (1 − 0.6) = 24, combined with 50: 1 − 0.76 × 0.5 = 62
        assert_eq!(v.score, 62);
        assert_eq!(v.level, Level::Warning);
    }

    #[test]
    fn levels_follow_thresholds() {
        let l = Levels::default();
        assert_eq!(Level::from_score(0, &l), Level::Safe);
        assert_eq!(Level::from_score(25, &l), Level::Caution);
        assert_eq!(Level::from_score(50, &l), Level::Warning);
        assert_eq!(Level::from_score(100, &l), Level::Danger);
    }
}
