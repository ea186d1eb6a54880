//! A page on free hosting whose title names a protected brand is a phishing kit's trademark:
//! with a form it is a warning on its own, without one a hint; other free-hosting pages and
//! the brand's own site stay quiet.

use waspada::page::{Form, Input};
use waspada::{Engine, Lang, Level, PageModel};

fn page(url: &str, title: &str, with_form: bool) -> PageModel {
    let forms = if with_form {
        vec![Form {
            action: String::new(),
            method: "post".into(),
            inputs: vec![
                Input {
                    kind: "text".into(),
                    name: "nama".into(),
                    ..Input::default()
                },
                Input {
                    kind: "tel".into(),
                    name: "nomor".into(),
                    ..Input::default()
                },
            ],
        }]
    } else {
        Vec::new()
    };
    PageModel {
        url: url.into(),
        title: title.into(),
        text: vec![
            "Data Pribadi. Nama Lengkap, Nomor Handphone, Tanggal Lahir. Selanjutnya".into(),
        ],
        forms,
        ..PageModel::default()
    }
}

fn rules(engine: &Engine, p: &PageModel) -> (Level, Vec<String>) {
    let v = engine.scan_page(p, Lang::Id);
    (v.level, v.reasons.into_iter().map(|r| r.rule).collect())
}

#[test]
fn a_bank_form_on_free_hosting_is_a_warning_and_names_the_bank() {
    let engine = Engine::with_default_pack().expect("default pack");
    let kit = page(
        "https://pembatalan.github.io/tarifbaru/",
        "Mandiri Kartu Kredit",
        true,
    );
    let v = engine.scan_page(&kit, Lang::Id);
    assert!(v.level >= Level::Warning, "{v:?}");
    let reason = v
        .reasons
        .iter()
        .find(|r| r.rule == "page.brand-form-on-free-hosting")
        .expect("the free-hosting brand reason");
    assert!(reason.message.contains("Mandiri"), "{}", reason.message);

    let (level, fired) = rules(
        &engine,
        &page(
            "https://pembatalan.github.io/",
            "Mandiri Kartu Kredit",
            false,
        ),
    );
    assert!(
        fired.contains(&"page.brand-on-free-hosting".to_string()),
        "{fired:?}"
    );
    assert!(level < Level::Warning);
}

#[test]
fn ordinary_free_hosting_pages_and_official_sites_stay_quiet() {
    let engine = Engine::with_default_pack().expect("default pack");
    let (_, fired) = rules(
        &engine,
        &page(
            "https://budi.github.io/notes/",
            "Catatan belajar Rust",
            true,
        ),
    );
    assert!(
        !fired.iter().any(|r| r.starts_with("page.brand")),
        "{fired:?}"
    );
    let (level, fired) = rules(
        &engine,
        &page(
            "https://www.mandirikartukredit.com/apply",
            "Mandiri Kartu Kredit",
            true,
        ),
    );
    assert!(
        !fired.iter().any(|r| r.starts_with("page.brand")),
        "{fired:?}"
    );
    assert!(level < Level::Warning);
}

/// Cloud and builder hosts added from phishing feeds (`rules/hosting.toml`): a brand's name or a
/// login word there warns, a portfolio or a build preview does not.
#[test]
fn brand_and_login_names_on_cloud_and_builder_hosts_warn() {
    let engine = Engine::with_default_pack().expect("default pack");
    let level = |u: &str| engine.check_url(u, Lang::En).expect("valid URL").level;
    for url in [
        "https://microsoft-login.z13.web.core.windows.net/",
        "https://docusign-review.canva.site/",
        "https://wellsfargo-verify.tiiny.site/",
        "https://bca-verifikasi.up.railway.app/",
    ] {
        assert!(level(url) >= Level::Warning, "{url}");
    }
    for url in [
        "https://my-portfolio.tiiny.site/",
        "https://main.d3k2j4h5abcd.amplifyapp.com/",
        "https://wedding-rina-budi.canva.site/",
    ] {
        assert!(level(url) < Level::Warning, "{url}");
    }
}

/// Sites named in a shared host's path (`src/url/sites.rs`): Google Sites, storage buckets and
/// Telegraph pages are judged by the name they chose, like sites on free hosting.
#[test]
fn sites_named_in_a_shared_hosts_path_are_judged_by_their_names() {
    let engine = Engine::with_default_pack().expect("default pack");
    let verdict = |u: &str| engine.check_url(u, Lang::En).expect("valid URL");
    for url in [
        "https://sites.google.com/view/docusign-shared-file/home",
        "https://sites.google.com/view/bca-verifikasi",
        "https://storage.googleapis.com/outlook-login-8a7f/index.html",
        "https://telegra.ph/Verify-Your-Account-06-12",
    ] {
        let v = verdict(url);
        assert!(v.level >= Level::Warning, "{url}: {v:?}");
    }
    let brand = verdict("https://sites.google.com/view/docusign-shared-file/home");
    assert!(
        brand
            .reasons
            .iter()
            .any(|r| r.rule == "url.free-hosting-brand"
                && r.message
                    .contains("sites.google.com/view/docusign-shared-file")),
        "{brand:?}"
    );
    for url in [
        "https://sites.google.com/view/sdn1-sukamaju/beranda",
        "https://sites.google.com/cruzblanca.org/web/",
        "https://storage.googleapis.com/tokopedia-static/img/logo.png",
        "https://telegra.ph/Resep-Rendang-06-12",
        "https://sites.google.com/",
    ] {
        let v = verdict(url);
        assert!(v.level < Level::Warning, "{url}: {v:?}");
    }
}
