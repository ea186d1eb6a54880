//! Styled letters (𝐉𝐔𝐍𝐈𝐎𝐑𝟖𝟖, ＤＩＭＥ) are evasion in a message or comment, but on a page they
//! can be typography: there they count only next to other scam wording.

use waspada::{Engine, Lang, PageModel};

fn fired(v: &waspada::Verdict) -> Vec<&str> {
    v.reasons.iter().map(|r| r.rule.as_str()).collect()
}

#[test]
fn fullwidth_letters_on_a_japanese_page_are_typography() {
    let engine = Engine::with_default_pack().expect("default pack");
    let page = PageModel {
        url: "https://news.example.jp/article/1".into(),
        title: "雑誌ＤＩＭＥ最新号".into(),
        text: vec!["雑誌 ＤＩＭＥ 編集部が選んだ今月の新製品 (new gadgets of the month, reviewed by our editors)。詳しくは本誌で紹介しています。".into()],
        ..PageModel::default()
    };
    let v = engine.scan_page(&page, Lang::En);
    assert!(!fired(&v).contains(&"text.styled-name"), "{v:?}");
}

#[test]
fn a_styled_brand_in_a_comment_is_evasion_and_on_a_page_it_needs_company() {
    let engine = Engine::with_default_pack().expect("default pack");
    let comment = engine.scan_text("Baru coba main di 𝐌𝐄𝐆𝐀𝐁𝐄𝐓𝟗𝟗, seru banget", Lang::Id);
    assert!(fired(&comment).contains(&"text.styled-name"), "{comment:?}");

    let page = |text: &str| PageModel {
        url: "https://blog.example.com/post".into(),
        title: "Catatan".into(),
        text: vec![text.into()],
        ..PageModel::default()
    };
    let plain = engine.scan_page(
        &page("Model 𝐀𝐋𝐏𝐇𝐀𝟐 dibahas di bab tiga buku ini."),
        Lang::Id,
    );
    assert!(!fired(&plain).contains(&"text.styled-name"), "{plain:?}");
    let judol = engine.scan_page(
        &page("Daftar 𝐌𝐄𝐆𝐀𝐁𝐄𝐓𝟗𝟗 slot gacor hari ini, pasti maxwin, depo pulsa tanpa potongan"),
        Lang::Id,
    );
    assert!(fired(&judol).contains(&"text.styled-name"), "{judol:?}");
}

#[test]
fn a_commenters_styled_display_name_is_not_evasion_but_a_styled_site_label_is() {
    let engine = Engine::with_default_pack().expect("default pack");
    for honest in [
        "𝓝𝓪𝓷𝓭𝓪 𝓢𝓪𝓻𝓲: videonya bikin nangis 😭 inget almarhum bapak yg dulu juga jualan keliling",
        "ＭＡＳ ＹＯＧＡ ✌: alhamdulillah bulan ini rezekinya lancar, orderan sablon kaos rame",
    ] {
        let v = engine.scan_text(honest, Lang::Id);
        assert!(!fired(&v).contains(&"text.styled-name"), "{honest}: {v:?}");
    }
    // A site's name in the label is one word, often with a number.
    let spam = engine.scan_text("𝐊𝐈𝐋𝐀𝐓𝟖𝟖: dari gabut jadi ganteng berduit", Lang::Id);
    assert!(fired(&spam).contains(&"text.styled-name"), "{spam:?}");
}

#[test]
fn a_link_with_its_dot_spelt_out_is_flagged_and_judged() {
    let engine = Engine::with_default_pack().expect("default pack");
    let v = engine.scan_text(
        "pake kode referral aku RIZKYJP biar bonusnya dobel 🎁 daftar di pintujaya dot lol",
        Lang::Id,
    );
    assert!(v.level >= waspada::Level::Warning, "{v:?}");
    let spelled = v
        .reasons
        .iter()
        .find(|r| r.rule == "text.spelled-link")
        .expect("spelled link reason");
    assert_eq!(spelled.evidence, "pintujaya dot lol");
    // Someone telling a friend what ending a fake link had is not writing one.
    let v = engine.scan_text(
        "Aku juga dapet SMS ETLE palsu kemarin, linknya .com bukan .go.id. Langsung kuhapus",
        Lang::Id,
    );
    assert!(!fired(&v).contains(&"text.spelled-link"), "{v:?}");
}
