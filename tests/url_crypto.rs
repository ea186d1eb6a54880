//! Crypto wallet drainers by their names: a fake claim, airdrop, presale or mint
//! (`url.crypto-drainer-host`), or a crypto project's name borrowed (`url.brand-lookalike`).
//! Written for this project, not taken from any list; the held-out figure on ScamSniffer's
//! list is in the README.

mod common;

use common::{assert_below, assert_warned_with};
use waspada::{Engine, Level};

#[test]
fn drainer_names_warn() {
    let engine = Engine::with_default_pack().expect("default pack");
    let drainer = "url.crypto-drainer-host";
    let lookalike = "url.brand-lookalike";
    assert_warned_with(
        &engine,
        &[
            ("https://pepetoken-claim.com/", drainer),
            ("https://nft-mint-free.xyz/", drainer),
            ("https://eth-allocation-checker.org/", drainer),
            ("https://claim-usdt.net/", drainer),
            ("https://solana-presale.io/", drainer),
            ("https://season2-airdrop.pages.dev/", drainer),
            // An offer alone, off the endings most honest sites live on.
            ("https://doodles-claim.xyz/", drainer),
            ("https://allocation-pyth.network/", drainer),
            ("https://check-your-eligibility.world/", drainer),
            ("https://opensea-rewards.com/", lookalike),
            ("https://arbitrum-foundation.org/", lookalike),
            ("https://zksync-eligibility.com/", lookalike),
            ("https://tru5twallet-support.com/", lookalike),
            ("https://layerzer0.network/", lookalike),
        ],
    );
}

#[test]
fn honest_neighbours_stay_quiet() {
    let engine = Engine::with_default_pack().expect("default pack");
    let urls = [
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
        // The same offers on the endings most honest sites use, and a tool that revokes
        // drainers' approvals.
        "https://www.claimsjournal.com/",
        "https://smallclaims.example.co.uk/",
        "https://presale.ticketshop.de/",
        "https://revoke.cash/",
    ];
    assert_below(&engine, &urls, Level::Warning, &[]);
}
