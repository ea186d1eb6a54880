//! Scam categories (design contract 3). Shared with `build.rs`, so it depends on serde only.

use serde::{Deserialize, Serialize};

/// What kind of scam a reason points to. The names in JSON are fixed by the design contract.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
#[non_exhaustive]
pub enum Category {
    /// Online gambling (judi online, "judol") promotion.
    Gambling,
    /// Stealing logins, PINs, OTPs or card numbers, usually by imitating a bank or service.
    Phishing,
    /// Fake job offers, including trafficking into scam compounds abroad and paid "tasks".
    Job,
    /// Marketplace fraud: off-platform payment, fake escrow, too-good prices.
    Marketplace,
    /// Investment fraud (investasi bodong): guaranteed profits, robot trading, downlines.
    Investment,
    /// Illegal online loans (pinjol ilegal).
    Loan,
    /// Malware lures, above all APK files sent over WhatsApp.
    Malware,
    /// Fake prizes, lotteries, giveaways and aid.
    Prize,
    /// Pretending to be a relative, the police, customs or a charity.
    Impersonation,
    /// Fake tech support: "your computer is infected, call this number".
    TechSupport,
    /// Crypto scams: drainers, fake airdrops, wallet phishing.
    Crypto,
    /// Not a scam: words of news reports and fraud education, used only by dampening rules.
    Context,
}

impl Category {
    /// Every category, in contract order.
    pub const ALL: [Category; 12] = [
        Category::Gambling,
        Category::Phishing,
        Category::Job,
        Category::Marketplace,
        Category::Investment,
        Category::Loan,
        Category::Malware,
        Category::Prize,
        Category::Impersonation,
        Category::TechSupport,
        Category::Crypto,
        Category::Context,
    ];

    /// The contract name, as written in rule files and JSON output.
    pub fn as_str(self) -> &'static str {
        match self {
            Category::Gambling => "gambling",
            Category::Phishing => "phishing",
            Category::Job => "job",
            Category::Marketplace => "marketplace",
            Category::Investment => "investment",
            Category::Loan => "loan",
            Category::Malware => "malware",
            Category::Prize => "prize",
            Category::Impersonation => "impersonation",
            Category::TechSupport => "tech-support",
            Category::Crypto => "crypto",
            Category::Context => "context",
        }
    }

    /// Parses a contract name (`"tech-support"` → [`Category::TechSupport`]).
    pub fn from_name(name: &str) -> Option<Category> {
        Category::ALL.into_iter().find(|c| c.as_str() == name)
    }
}

impl std::fmt::Display for Category {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
