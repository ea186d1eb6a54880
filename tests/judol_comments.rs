//! Judol comment spam names a brand and little else ("cuma pengen buka PULAUWIN"). In a comment or
//! message the name alone is the promotion; on a page it is one word among thousands and needs
//! company. These tests pin both sides, plus the evasions folding and the emoji check undo.

use waspada::{Engine, Lang, Level, PageModel};

fn engine() -> Engine {
    Engine::with_default_pack().expect("default pack")
}

fn flagged(level: Level) -> bool {
    level >= Level::Warning
}

fn page(text: &str) -> PageModel {
    PageModel {
        url: "https://blog.example.com/post".into(),
        title: "Catatan".into(),
        text: vec![text.into()],
        ..PageModel::default()
    }
}

#[test]
fn a_comment_that_only_names_a_gambling_brand_is_warned() {
    let engine = engine();
    for comment in [
        "Benefit MANDALIKA77 no limit!",
        "gue gak nyari apa-apa, cuma pengen buka PULAUWIN",
        "04:30 JERUKBET andalan tiap stuck hidup",
        "Nonton sambil main Mamajitu tuh paling pas",
        "Lu gamau jp juga diGa Ru Da-Ho Ki, Gua mah udah",
        "Geloo 𝐁𝐓𝐕❶❻❽ Cair terus x100",
        "kalo ada yg bilang gacor selain ᑭᑌᒪᗩᑌᗯIᑎ jangan percaya",
        "01:20 kayak kebetulan tapi engga, pυ͠l͠α͠υ͠ω͠ι͠ɴ͠ muncul lg 😅",
        "Sis, Kenapa namanya ⭐➡⛽⛳⚜⁉♈️17? Unik banget.",
    ] {
        let v = engine.scan_text(comment, Lang::Id);
        assert!(flagged(v.level), "{comment}: {v:?}");
        assert!(
            v.categories.contains(&waspada::Category::Gambling),
            "{comment}: {v:?}"
        );
    }
}

#[test]
fn everyday_comments_with_similar_words_stay_quiet() {
    let engine = engine();
    for comment in [
        "Ribet banget urusan kawin di KUA, tapi akhirnya sukses juga",
        "2019 dia berkahwin dengan perempuan dari Johor",
        "Kelahiran 99 keliatan tua banget liat ini",
        "Selamat ulang tahun 🎉🎉🎉17 tahun!",
        "Mama jitu banget masakannya, sukses terus bu",
        "Erwin sama Darwin kembar, twin power!",
        "Stok terbatas, S&K berlaku. Info888",
        "Καλημέρα κόσμε, ωραία μέρα",
    ] {
        let v = engine.scan_text(comment, Lang::Id);
        assert!(!flagged(v.level), "{comment}: {v:?}");
    }
}

#[test]
fn on_a_page_a_brand_name_alone_is_only_a_hint() {
    let engine = engine();
    let v = engine.scan_page(
        &page("Nama PULAUWIN muncul lagi dalam laporan pekan ini."),
        Lang::Id,
    );
    assert!(!flagged(v.level), "{v:?}");
    let v = engine.scan_page(
        &page("Nama MANDALIKA77 muncul lagi dalam laporan pekan ini."),
        Lang::Id,
    );
    assert!(!flagged(v.level), "{v:?}");
    let emoji = engine.scan_page(
        &page("Promo ⭐➡⛽⛳⚜⁉♈️17 untuk anggota klub buku"),
        Lang::Id,
    );
    assert!(
        !emoji.reasons.iter().any(|r| r.rule == "text.emoji-name"),
        "{emoji:?}"
    );
}
