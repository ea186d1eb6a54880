//! The JavaScript API (wasm-bindgen), used by the extension's service worker and the web checker.
//!
//! ```js
//! import init, { Engine } from './wasm/waspada.js';
//! await init({ module_or_path: wasmUrl });
//! const engine = new Engine(packBytes);           // throws on a bad pack
//! engine.scanPage(pageModel, 'id');               // → {level, score, categories, reasons}
//! engine.scanText('pesan…', 'en');
//! engine.checkUrl('https://…', 'id');             // throws on a URL without a host
//! engine.scanListings([{title, priceText, …}], 'id'); // → [verdict, …], one per listing
//! engine.packInfo();                           // → {name, version, publisher, …, helplines}
//! engine.phrasesFound('pesan…');          // → ["slot gacor", "*88", …]
//! ```
//! Verdicts are plain JS objects in the JSON shape of the CLI (ARCHITECTURE.md).

use std::cell::RefCell;

use js_sys::Array;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;

use crate::{Category, Lang, Level, Verdict};

pub mod read;

/// A loaded rule pack, judging pages, messages and links.
#[wasm_bindgen(js_name = Engine)]
pub struct WasmEngine {
    inner: crate::Engine,
}

#[wasm_bindgen(js_class = Engine)]
impl WasmEngine {
    /// Loads a `.wpk` pack. Throws an `Error` saying what is wrong with a bad pack.
    #[wasm_bindgen(constructor)]
    pub fn new(pack: &[u8]) -> Result<WasmEngine, JsError> {
        Ok(WasmEngine {
            inner: crate::Engine::from_pack_bytes(pack)?,
        })
    }

    /// Judges a page model (see ARCHITECTURE.md). Throws if `page` is not an object of that shape.
    #[wasm_bindgen(js_name = scanPage)]
    pub fn scan_page(&self, page: JsValue, lang: Option<JsLang>) -> Result<JsValue, JsError> {
        let page = read::page_model(&page)?;
        Ok(verdict_to_js(&self.inner.scan_page(&page, lang_of(lang))))
    }

    /// Judges a message.
    #[wasm_bindgen(js_name = scanText)]
    pub fn scan_text(&self, text: JsValue, lang: Option<JsLang>) -> Result<JsValue, JsError> {
        let text = read::text(&text).ok_or_else(|| JsError::new("the text must be a string"))?;
        Ok(verdict_to_js(&self.inner.scan_text(&text, lang_of(lang))))
    }

    /// Judges a URL. Throws for input that is not a URL with a host.
    #[wasm_bindgen(js_name = checkUrl)]
    pub fn check_url(&self, url: &str, lang: Option<JsLang>) -> Result<JsValue, JsError> {
        Ok(verdict_to_js(&self.inner.check_url(url, lang_of(lang))?))
    }

    /// Judges marketplace listings seen together (a grid, a feed, or one listing page): an
    /// array of listing objects (camelCase fields, see ARCHITECTURE.md) → an array of verdicts,
    /// in order. Throws if `listings` is not an array of that shape.
    #[wasm_bindgen(js_name = scanListings)]
    pub fn scan_listings(
        &self,
        listings: JsValue,
        lang: Option<JsLang>,
    ) -> Result<JsValue, JsError> {
        let listings = read::listings(&listings)?;
        let verdicts = Array::new();
        for v in self.inner.scan_listings(&listings, lang_of(lang)) {
            verdicts.push(&verdict_to_js(&v));
        }
        Ok(verdicts.into())
    }

    /// The distinct rule phrases found in `text` (folded, `*` on open sides): for benchmarks
    /// against other implementations of the same phrase list.
    #[wasm_bindgen(js_name = phrasesFound)]
    pub fn phrases_found(&self, text: &str) -> Vec<String> {
        self.inner.phrases_found(text)
    }

    /// What the loaded pack is: name, version, publisher, counts, sources.
    #[wasm_bindgen(js_name = packInfo)]
    pub fn pack_info(&self) -> JsValue {
        let info = self.inner.info();
        let sources = Array::new();
        for source in &info.sources {
            sources.push(&object(&[
                ("name", JsValue::from_str(&source.name)),
                ("license", JsValue::from_str(&source.license)),
                ("url", JsValue::from_str(&source.url)),
            ]));
        }
        let helplines = Array::new();
        for h in &info.helplines {
            helplines.push(&object(&[
                ("name", JsValue::from_str(&h.name)),
                ("phone", JsValue::from_str(&h.phone)),
                ("url", JsValue::from_str(&h.url)),
                ("hours", JsValue::from_str(&h.hours)),
            ]));
        }
        let count = |n: usize| JsValue::from_f64(n as f64);
        object(&[
            ("name", JsValue::from_str(&info.name)),
            ("version", JsValue::from_str(&info.version)),
            ("publisher", JsValue::from_str(&info.publisher)),
            ("description", JsValue::from_str(&info.description)),
            ("rules", count(info.rules)),
            ("phrases", count(info.phrases)),
            ("brands", count(info.brands)),
            ("blocked_domains", count(info.blocked_domains)),
            ("reported", count(info.reported)),
            ("price_items", count(info.price_items)),
            ("sources", sources.into()),
            ("helplines", helplines.into()),
        ])
    }
}

pub use js_lang::JsLang;

// In a module of its own because wasm-bindgen adds a hidden variant for values outside the enum
// and helper functions, none of them documented.
mod js_lang {
    #![allow(missing_docs)]
    use wasm_bindgen::prelude::*;

    /// `'id'` or `'en'`, as the JavaScript API takes a language.
    #[wasm_bindgen]
    #[derive(Clone, Copy)]
    pub enum JsLang {
        /// Bahasa Indonesia.
        Id = "id",
        /// English.
        En = "en",
    }
}

/// The language of a verdict's explanations as JavaScript passes it: `'id'` or `'en'`. A string
/// enum crosses the boundary as a number (the glue looks it up in a two-entry list), where a
/// `String` was copied into Wasm memory and freed on every call: 1–3 % of a URL check in Node
/// (A/B, both orders, 2026-12-05). Any other value, or none, means Bahasa Indonesia, the default.
fn lang_of(lang: Option<JsLang>) -> Lang {
    match lang {
        Some(JsLang::En) => Lang::En,
        _ => Lang::Id,
    }
}

/// A plain JS object with these keys, in this order (the pack info's JSON shape: its field
/// names as serde writes them, so the popup reads the same keys as `waspada pack info`).
fn object(entries: &[(&str, JsValue)]) -> JsValue {
    let object: PlainObject = js_sys::Object::new().unchecked_into();
    for (key, value) in entries {
        object.set(&JsValue::from_str(key), value);
    }
    object.into()
}

// Verdicts and reasons are built in JS, one call each (src/wasm/verdict.js); wasm-bindgen
// ships the file as `snippets/…/src/wasm/verdict.js` beside `waspada.js`.
#[wasm_bindgen(module = "/src/wasm/verdict.js")]
extern "C" {
    fn verdict(level: &JsValue, score: u8, categories: &JsValue, reasons: &JsValue) -> JsValue;
    fn quiet(level: &JsValue, score: u8) -> JsValue;
    fn reason(rule: &JsValue, category: &JsValue, message: &str, evidence: &JsValue) -> JsValue;
    #[wasm_bindgen(js_name = verdictOf)]
    #[allow(clippy::too_many_arguments)] // one argument per reason: no array to fill from Wasm
    fn verdict_of(
        level: &JsValue,
        score: u8,
        categories: u32,
        names: &JsValue,
        a: &JsValue,
        b: &JsValue,
        c: &JsValue,
        d: &JsValue,
    ) -> JsValue;
}

/// Reasons a verdict may have to be made in one call ([`verdict_of`]); more go through arrays.
const ARG_REASONS: usize = 4;

/// Bits per category in [`category_code`] (`Category::ALL` has fewer than 16).
const CATEGORY_BITS: u32 = 4;

/// A verdict's categories, in order, as one number for [`verdict_of`]: each category's place
/// in `Category::ALL` plus one, four bits each, the first lowest; `None` for more than seven.
fn category_code(categories: &[Category]) -> Option<u32> {
    let mut code = 0u32;
    for (i, c) in categories.iter().enumerate() {
        let place = Category::ALL.iter().position(|x| x == c)? as u32 + 1;
        let shift = u32::try_from(i).ok()?.checked_mul(CATEGORY_BITS)?;
        if shift + CATEGORY_BITS > u32::BITS || place >= 1 << CATEGORY_BITS {
            return None;
        }
        code |= place << shift;
    }
    Some(code)
}

#[wasm_bindgen]
extern "C" {
    /// A plain JS object, written with `object[key] = value` (what serde-wasm-bindgen does,
    /// without `Reflect.set`'s exception wrapper).
    #[wasm_bindgen(extends = js_sys::Object, typescript_type = "object")]
    type PlainObject;

    #[wasm_bindgen(method, indexing_setter)]
    fn set(this: &PlainObject, key: &JsValue, value: &JsValue);
}

/// The JS strings of a verdict's enum values, made once per thread: a URL check's verdict
/// then crosses no text unless it has reasons.
struct VerdictNames {
    /// Indexed as `Level` is declared (safe, caution, warning, danger).
    levels: [JsValue; 4],
    /// In the order of `Category::ALL`.
    category_names: Vec<JsValue>,
    /// The same, as one JS array (for [`verdict_of`]).
    category_array: JsValue,
    /// Rule and signal ids seen so far: a pack has a few hundred, and a string crossing into
    /// JS (a `TextDecoder` call) costs more than this lookup (with the engine's own hasher:
    /// the keys come from the pack, so SipHash's flooding resistance buys nothing).
    rule_ids: RefCell<crate::url::fasthash::FastMap<String, JsValue>>,
}

/// Rule ids kept as JS strings at most (a pack's rules and signals are far fewer).
const MAX_RULE_IDS: usize = 2048;

impl VerdictNames {
    fn new() -> VerdictNames {
        let s = JsValue::from_str;
        let level = |l: Level| s(l.as_str());
        VerdictNames {
            levels: [
                level(Level::Safe),
                level(Level::Caution),
                level(Level::Warning),
                level(Level::Danger),
            ],
            category_names: Category::ALL.iter().map(|c| s(c.as_str())).collect(),
            category_array: Category::ALL
                .iter()
                .map(|c| s(c.as_str()))
                .collect::<Array>()
                .into(),
            rule_ids: RefCell::default(),
        }
    }

    /// The JS string of a rule id, made once.
    fn rule_id(&self, id: &str) -> JsValue {
        let mut ids = self.rule_ids.borrow_mut();
        if let Some(js) = ids.get(id) {
            return js.clone();
        }
        let js = JsValue::from_str(id);
        if ids.len() < MAX_RULE_IDS {
            ids.insert(id.to_string(), js.clone());
        }
        js
    }

    fn level(&self, level: Level) -> &JsValue {
        &self.levels[level as usize]
    }

    fn category(&self, category: Category) -> &JsValue {
        let i = Category::ALL.iter().position(|c| *c == category);
        &self.category_names[i.unwrap_or_default()]
    }
}

thread_local! {
    static VERDICT_NAMES: VerdictNames = VerdictNames::new();
}

/// A verdict as a plain object of the CLI's JSON shape (the same keys in the same order),
/// built directly: no serde walk, one JS call per object (per verdict, for most: see
/// [`verdict_of`]), and no text crossing but the reasons' messages and evidence.
fn verdict_to_js<'v>(v: &'v Verdict) -> JsValue {
    VERDICT_NAMES.with(|n| {
        if v.reasons.is_empty() && v.categories.is_empty() {
            return quiet(n.level(v.level), v.score);
        }
        // A URL's reasons mostly quote the same host: a string crossing into JS costs ~0.4 µs
        // in Node whatever its length (a `TextDecoder` call), so equal evidence crosses once.
        let mut crossed: Vec<(&str, JsValue)> = Vec::new();
        let mut reason_js = |r: &'v crate::Reason| {
            let i = match crossed.iter().position(|(text, _)| *text == r.evidence) {
                Some(i) => i,
                None => {
                    crossed.push((&r.evidence, JsValue::from_str(&r.evidence)));
                    crossed.len() - 1
                }
            };
            let (rule, category) = (n.rule_id(&r.rule), n.category(r.category));
            reason(&rule, category, &r.message, &crossed[i].1)
        };
        // The arrays' `new` and `push` were half of a flagged URL verdict's calls across the
        // boundary: most verdicts are one call (A/B in Node: 1–2 % of a lookalike's check).
        if let Some(code) = category_code(&v.categories)
            && v.reasons.len() <= ARG_REASONS
        {
            let mut js = [const { JsValue::UNDEFINED }; ARG_REASONS];
            for (slot, r) in js.iter_mut().zip(&v.reasons) {
                *slot = reason_js(r);
            }
            let [a, b, c, d] = &js;
            return verdict_of(
                n.level(v.level),
                v.score,
                code,
                &n.category_array,
                a,
                b,
                c,
                d,
            );
        }
        let categories = Array::new();
        for c in &v.categories {
            categories.push(n.category(*c));
        }
        let reasons = Array::new();
        for r in &v.reasons {
            reasons.push(&reason_js(r));
        }
        verdict(n.level(v.level), v.score, &categories, &reasons)
    })
}
