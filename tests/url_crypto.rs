//! Crypto wallet drainers by their names: a fake claim, airdrop, presale or mint
//! (`url.crypto-drainer-host`), or a crypto project's name borrowed (`url.brand-lookalike`).
//! Written for this project, not taken from any list; the held-out figure on ScamSniffer's
//! list is in the README.

use waspada::{Engine, Lang, Level};

fn level(engine: &Engine, url: &str) -> (Level, Vec<String>) {
    let v = engine.check_url(url, Lang::En).expect("valid URL");
    (v.level, v.reasons.iter().map(|r| r.rule.clone()).collect())
}

#[test]
fn drainer_names_warn() {
    let engine = Engine::with_default_pack().expect("default pack");
    for url in [
        "https://pepetoken-claim.com/",
        "https://nft-mint-free.xyz/",
        "https://eth-allocation-checker.org/",
        "https://claim-usdt.net/",
        "https://solana-presale.io/",
        "https://season2-airdrop.pages.dev/",
        "https://opensea-rewards.com/",
        "https://arbitrum-foundation.org/",
        "https://zksync-eligibility.com/",
        "https://tru5twallet-support.com/",
        "https://layerzer0.network/",
    ] {
        let (level, rules) = level(&engine, url);
        assert!(level >= Level::Warning, "{url}: {level:?} {rules:?}");
    }
}

#[test]
fn honest_neighbours_stay_quiet() {
    let engine = Engine::with_default_pack().expect("default pack");
    for url in [
        // The projects' own sites.
        "https://opensea.io/collection/x",
        "https://www.arbitrum.io/",
        "https://app.ethena.fi/",
        "https://trezor.io/learn",
        // Words a name only brushes against.
        "https://athena-health.com/",
        "https://radium-paint.co.uk/",
        "https://trevor-project.org/",
        "https://starnet-isp.net/",
        // Other senses of the offers.
        "https://www.usmint.gov/",
        "https://claims.allianz.com/",
        "https://spearmint-tea.com/",
        "https://airdrop-guide.com/",
        "https://giveawayradar.weebly.com/",
        "https://tokenize-art.com/",
    ] {
        let (level, rules) = level(&engine, url);
        assert!(level < Level::Warning, "{url}: {level:?} {rules:?}");
    }
}
