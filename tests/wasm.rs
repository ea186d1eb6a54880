//! The JavaScript API as the extension uses it, run in Wasm (Node) with wasm-bindgen-test:
//! `scripts/test.sh` runs it with
//! `cargo test --target wasm32-unknown-unknown --no-default-features --features embedded-pack --test wasm`.
#![cfg(target_arch = "wasm32")]

use js_sys::{Array, Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::wasm_bindgen_test;
use waspada::wasm::{JsLang, WasmEngine};

fn engine() -> WasmEngine {
    WasmEngine::new(waspada::pack::DEFAULT_PACK).expect("the default pack loads in Wasm")
}

fn get(v: &JsValue, key: &str) -> JsValue {
    Reflect::get(v, &JsValue::from_str(key)).expect("property readable")
}

fn level(v: &JsValue) -> String {
    get(v, "level").as_string().expect("level is a string")
}

#[wasm_bindgen_test]
fn a_damaged_pack_throws_instead_of_crashing() {
    assert!(WasmEngine::new(b"not a pack").is_err());
    let mut pack = waspada::pack::DEFAULT_PACK.to_vec();
    let last = pack.len() - 1;
    pack[last] ^= 1;
    assert!(WasmEngine::new(&pack).is_err());
}

#[wasm_bindgen_test]
fn verdicts_are_plain_objects_in_the_contract_shape() {
    let v = engine()
        .scan_text(
            "Halo bu, besok arisan di rumah Bu RT jam 4 sore ya".into(),
            Some(JsLang::Id),
        )
        .unwrap();
    assert!(v.is_object() && !v.has_type::<js_sys::Map>());
    assert_eq!(level(&v), "safe");
    assert!(get(&v, "score").as_f64().is_some());
    assert!(Array::is_array(&get(&v, "reasons")));
    assert!(Array::is_array(&get(&v, "categories")));
}

#[wasm_bindgen_test]
fn a_phishing_page_model_is_danger_with_reasons() {
    let page = js_sys::JSON::parse(
        r#"{"url": "http://klikbca-verifikasi.com/login", "title": "KlikBCA Individual",
            "text": ["Perubahan tarif transfer antar bank menjadi Rp150.000 per bulan. Jika tidak setuju, isi data berikut."],
            "forms": [{"action": "/kirim.php", "method": "post",
                       "inputs": [{"type": "password", "name": "pin", "placeholder": "PIN"},
                                  {"type": "tel", "name": "otp", "placeholder": "Kode OTP"}]}]}"#,
    )
    .unwrap();
    let v = engine().scan_page(page, Some(JsLang::En)).unwrap();
    assert_eq!(level(&v), "danger");
    let reasons = Array::from(&get(&v, "reasons"));
    assert!(reasons.length() >= 2);
    let rules: Vec<String> = reasons
        .iter()
        .map(|r| get(&r, "rule").as_string().unwrap())
        .collect();
    assert!(
        rules.iter().any(|r| r == "url.brand-lookalike"),
        "{rules:?}"
    );
    let first = reasons.get(0);
    assert!(!get(&first, "message").as_string().unwrap().is_empty());
    assert!(!get(&first, "evidence").as_string().unwrap().is_empty());
}

#[wasm_bindgen_test]
fn a_bad_page_model_throws() {
    let not_a_page = JsValue::from_f64(42.0);
    assert!(engine().scan_page(not_a_page, None).is_err());
    // Unknown fields and missing fields are fine: every field is optional.
    let sparse: JsValue = Object::new().into();
    Reflect::set(&sparse, &"extra".into(), &JsValue::TRUE).unwrap();
    assert_eq!(level(&engine().scan_page(sparse, None).unwrap()), "safe");
}

#[wasm_bindgen_test]
fn urls_are_checked_and_bad_ones_throw() {
    let e = engine();
    assert_eq!(
        level(&e.check_url("https://www.klikbca.com/", None).unwrap()),
        "safe"
    );
    assert_ne!(
        level(
            &e.check_url("http://bca.co.id.secure-login.xyz/", None)
                .unwrap()
        ),
        "safe"
    );
    assert!(e.check_url("mailto:someone@example.com", None).is_err());
    // A trusted site's redirector does not vouch for where the link leads.
    let redirected = "https://www.google.com/url?q=https%3A%2F%2Fklikbca-verifikasi.xyz%2Flogin";
    assert_eq!(level(&e.check_url(redirected, None).unwrap()), "warning");
}

#[wasm_bindgen_test]
fn pack_info_names_the_pack_and_its_licenses() {
    let info = engine().pack_info();
    assert_eq!(
        get(&info, "name").as_string().as_deref(),
        Some("waspada-default")
    );
    let sources = Array::from(&get(&info, "sources"));
    assert!(sources.length() > 0);
    // The same JSON, keys in the same order, as `waspada pack info` writes (serde's).
    let native = waspada::Engine::with_default_pack().unwrap().info();
    assert_eq!(
        js_sys::JSON::stringify(&info).unwrap().as_string().unwrap(),
        serde_json::to_string(&native).unwrap()
    );
}

/// Every field of a listing, as the extension sends it, reaches the engine: a listing with all
/// fields set, written by serde in its JSON shape, reads back equal.
#[wasm_bindgen_test]
fn every_listing_field_is_read() {
    let listing = waspada::Listing {
        title: "iPhone 15".into(),
        price: Some(3_900_000.0),
        price_text: "Rp3.900.000".into(),
        currency: "IDR".into(),
        description: "transfer dulu".into(),
        seller: "Jaya".into(),
        seller_age_days: Some(3),
        seller_joined: "Bergabung 3 hari lalu".into(),
        seller_rating: Some(4.5),
        seller_reviews: Some(0),
        official: true,
        contacts: vec!["https://wa.me/6281234567890".into()],
        url: "https://www.tokopedia.com/x".into(),
        site: "tokopedia".into(),
    };
    let json = serde_json::to_string(&[&listing]).unwrap();
    let read = waspada::wasm::read::listings(&js_sys::JSON::parse(&json).unwrap()).unwrap();
    assert_eq!(read, vec![listing]);
}

/// Every field of a page model reaches the engine, and lists are cut to the model's limits.
#[wasm_bindgen_test]
fn every_page_field_is_read() {
    use waspada::page::{Form, Input, Link, PageModel, limits};
    let page = PageModel {
        url: "https://x.example/login".into(),
        title: "Masuk".into(),
        lang: "id".into(),
        text: vec!["halo".into(); limits::CHUNKS + 3],
        links: vec![Link {
            href: "https://wa.me/62812".into(),
            text: "chat".into(),
        }],
        forms: vec![Form {
            action: "/kirim.php".into(),
            method: "post".into(),
            inputs: vec![Input {
                kind: "password".into(),
                name: "pin".into(),
                id: "p".into(),
                placeholder: "PIN".into(),
                label: "Masukkan PIN".into(),
                autocomplete: "off".into(),
            }],
        }],
        downloads: vec!["https://x.example/undangan.apk".into()],
    };
    let json = serde_json::to_string(&page).unwrap();
    let read = waspada::wasm::read::page_model(&js_sys::JSON::parse(&json).unwrap()).unwrap();
    assert_eq!(read, page.clone().bounded());
    assert_eq!(read.text.len(), limits::CHUNKS);
}

#[wasm_bindgen_test]
fn fields_of_the_wrong_type_throw_and_null_is_missing() {
    let e = engine();
    let parse = |s: &str| js_sys::JSON::parse(s).unwrap();
    assert!(e.scan_page(parse(r#"{"title": 3}"#), None).is_err());
    assert!(e.scan_page(parse(r#"{"links": [5]}"#), None).is_err());
    assert!(
        e.scan_page(parse(r#"{"forms": [{"inputs": "x"}]}"#), None)
            .is_err()
    );
    assert!(e.scan_page(parse("[]"), None).is_err());
    assert!(
        e.scan_page(parse(r#"{"title": null, "links": null}"#), None)
            .is_ok()
    );
    for bad in [
        r#"[{"price": "x"}]"#,
        r#"[{"sellerReviews": 1.5}]"#,
        r#"[{"sellerAgeDays": -1}]"#,
        r#"[{"official": 1}]"#,
        "[null]",
    ] {
        assert!(e.scan_listings(parse(bad), None).is_err(), "{bad}");
    }
    let quiet = e
        .scan_listings(parse(r#"[{"price": null, "official": null}]"#), None)
        .unwrap();
    assert_eq!(Array::from(&quiet).length(), 1);
}

#[wasm_bindgen_test]
fn listings_get_one_verdict_each_and_bad_input_throws() {
    let listings = js_sys::JSON::parse(
        r#"[{"title": "iPhone 15 Pro Max 256GB second mulus", "priceText": "Rp15.500.000", "sellerReviews": 210},
            {"title": "iPhone 15 Pro Max 256GB BNIB garansi resmi", "priceText": "Rp3.900.000", "sellerReviews": 0,
             "description": "Chat WA 0812-3456-7890, transfer dulu ya"}]"#,
    )
    .unwrap();
    let verdicts = engine().scan_listings(listings, Some(JsLang::Id)).unwrap();
    let verdicts = Array::from(&verdicts);
    assert_eq!(verdicts.length(), 2);
    assert_eq!(level(&verdicts.get(0)), "safe");
    assert_eq!(level(&verdicts.get(1)), "danger");
    assert!(
        engine()
            .scan_listings(JsValue::from_str("nope"), None)
            .is_err()
    );
}

/// Long strings are copied into Wasm by `TextEncoder.encodeInto`, short ones by wasm-bindgen:
/// both give the same text, lone surrogates included (as U+FFFD).
#[wasm_bindgen_test]
fn long_and_short_texts_cross_alike() {
    let cases = [
        r#""short""#.to_string(),
        format!(r#""{}""#, "x".repeat(255)),
        format!(r#""{}""#, "x".repeat(256)),
        format!(
            r#""{}\ud800 slot gacor {}""#,
            "a".repeat(300),
            "é🙂".repeat(200)
        ),
        format!(r#""\udc00{}""#, "Transfer dulu ".repeat(40)),
    ];
    for json in cases {
        let js = js_sys::JSON::parse(&json).unwrap();
        assert_eq!(waspada::wasm::read::text(&js), js.as_string(), "{json}");
    }
    assert!(waspada::wasm::read::text(&JsValue::from_f64(1.0)).is_none());
    assert!(engine().scan_text(JsValue::from_f64(1.0), None).is_err());
}

#[wasm_bindgen_test]
fn the_text_model_speaks_alone_in_wasm_as_natively() {
    // No rule fires on this fake investment, but it asks for money and the model is sure:
    // the same warning as `tests/text_model.rs` gets natively.
    let text = "Kak, ada proyek pendanaan pengadaan sembako pemerintah, imbal hasil 15%/bulan, \
                min 2jt. Slot tinggal sedikit, TF ke rek virtual 8808 1234 5678 ya";
    let v = engine().scan_text(text.into(), Some(JsLang::Id)).unwrap();
    assert_eq!(level(&v), "warning");
    let first = Array::from(&get(&v, "reasons")).get(0);
    assert_eq!(
        get(&first, "rule").as_string().as_deref(),
        Some("text.model-asks")
    );
}
