//! Page models and listings read from plain JS objects, field by field.
//!
//! Hand-written rather than serde-wasm-bindgen: serde's generated visitors are instantiated in
//! this crate, which the Wasm build compiles at opt-level 3 for the text path, and with the
//! deserializer's error formatting they cost ~2.5 KB of gzip; serde_json through
//! `JSON.stringify` cost three times that. What is accepted is what serde accepted: every field
//! is optional (missing, `null` and `undefined` are the default), unknown fields are ignored,
//! and a field of the wrong type is an error naming the field.

use js_sys::{Array, JsString, Reflect, Uint8Array};
use wasm_bindgen::prelude::*;

use crate::page::{Form, Input, Link, PageModel, limits};
use crate::{Listing, listing};

/// A page model (ARCHITECTURE.md's shape). Lists longer than `page::limits` are cut here, as
/// `PageModel::bounded` would cut them, so a hostile sender's million links are never copied.
pub fn page_model(page: &JsValue) -> Result<PageModel, JsError> {
    object(page, "page model")?;
    Ok(PageModel {
        url: string(page, Key::Url)?,
        title: string(page, Key::Title)?,
        lang: string(page, Key::Lang)?,
        text: strings(page, Key::Text, limits::CHUNKS)?,
        links: records(page, Key::Links, limits::LINKS, |l| {
            Ok(Link {
                href: string(l, Key::Href)?,
                text: string(l, Key::Text)?,
            })
        })?,
        forms: records(page, Key::Forms, limits::FORMS, |f| {
            Ok(Form {
                action: string(f, Key::Action)?,
                method: string(f, Key::Method)?,
                inputs: records(f, Key::Inputs, limits::INPUTS, |i| {
                    Ok(Input {
                        kind: string(i, Key::Type)?,
                        name: string(i, Key::Name)?,
                        id: string(i, Key::Id)?,
                        placeholder: string(i, Key::Placeholder)?,
                        label: string(i, Key::Label)?,
                        autocomplete: string(i, Key::Autocomplete)?,
                    })
                })?,
            })
        })?,
        downloads: strings(page, Key::Downloads, limits::DOWNLOADS)?,
    })
}

/// An array of listings (camelCase fields). Every element is read: listings past
/// `listing::MAX_LISTINGS` still get their (safe) verdict, one per element.
pub fn listings(listings: &JsValue) -> Result<Vec<Listing>, JsError> {
    let array = listings
        .dyn_ref::<Array>()
        .ok_or_else(|| JsError::new("listings: not an array"))?;
    array.iter().map(|l| one_listing(&l)).collect()
}

fn one_listing(l: &JsValue) -> Result<Listing, JsError> {
    object(l, "listing")?;
    Ok(Listing {
        title: string(l, Key::Title)?,
        price: number(l, Key::Price)?,
        price_text: string(l, Key::PriceText)?,
        currency: string(l, Key::Currency)?,
        description: string(l, Key::Description)?,
        seller: string(l, Key::Seller)?,
        seller_age_days: count(l, Key::SellerAgeDays)?,
        seller_joined: string(l, Key::SellerJoined)?,
        // An f32 as serde reads one from a JS number: the nearest f32.
        seller_rating: number(l, Key::SellerRating)?.map(|r| r as f32),
        seller_reviews: count(l, Key::SellerReviews)?,
        official: match field(l, Key::Official)? {
            None => false,
            Some(v) => v
                .as_bool()
                .ok_or_else(|| wrong(Key::Official, "a boolean"))?,
        },
        contacts: strings(l, Key::Contacts, listing::MAX_CONTACTS)?,
        url: string(l, Key::Url)?,
        site: string(l, Key::Site)?,
    })
}

/// Declares `Key`, one variant per field name read, and `NAMES`, their text in that order.
macro_rules! keys {
    ($($key:ident = $name:literal,)*) => {
        /// A field name read from JS objects.
        #[derive(Clone, Copy)]
        enum Key {
            $($key,)*
        }
        const NAMES: &[&str] = &[$($name,)*];
    };
}

keys! {
    Action = "action",
    Autocomplete = "autocomplete",
    Contacts = "contacts",
    Currency = "currency",
    Description = "description",
    Downloads = "downloads",
    Forms = "forms",
    Href = "href",
    Id = "id",
    Inputs = "inputs",
    Label = "label",
    Lang = "lang",
    Links = "links",
    Method = "method",
    Name = "name",
    Official = "official",
    Placeholder = "placeholder",
    Price = "price",
    PriceText = "priceText",
    Seller = "seller",
    SellerAgeDays = "sellerAgeDays",
    SellerJoined = "sellerJoined",
    SellerRating = "sellerRating",
    SellerReviews = "sellerReviews",
    Site = "site",
    Text = "text",
    Title = "title",
    Type = "type",
    Url = "url",
}

thread_local! {
    /// The JS strings of `NAMES`, made once: a key made per read (a `TextDecoder` call each)
    /// made a listing's fields cost more to read than serde-wasm-bindgen's walk of its entries.
    static KEYS: Vec<JsValue> = NAMES.iter().map(|n| JsValue::from_str(n)).collect();
}

impl Key {
    fn name(self) -> &'static str {
        NAMES[self as usize]
    }
}

fn object(value: &JsValue, what: &str) -> Result<(), JsError> {
    if value.is_object() && !Array::is_array(value) {
        Ok(())
    } else {
        Err(JsError::new(&format!("bad {what}: not an object")))
    }
}

/// The field's value, `None` when missing, `null` or `undefined`.
fn field(object: &JsValue, key: Key) -> Result<Option<JsValue>, JsError> {
    let value = KEYS
        .with(|keys| Reflect::get(object, &keys[key as usize]))
        .map_err(|_| JsError::new(&format!("`{}` cannot be read", key.name())))?;
    Ok((!value.is_null() && !value.is_undefined()).then_some(value))
}

fn wrong(key: Key, expected: &str) -> JsError {
    JsError::new(&format!("`{}` is not {expected}", key.name()))
}

fn string(object: &JsValue, key: Key) -> Result<String, JsError> {
    match field(object, key)? {
        None => Ok(String::new()),
        Some(v) => text(&v).ok_or_else(|| wrong(key, "a string")),
    }
}

fn number(object: &JsValue, key: Key) -> Result<Option<f64>, JsError> {
    field(object, key)?
        .map(|v| v.as_f64().ok_or_else(|| wrong(key, "a number")))
        .transpose()
}

/// A whole number in `u32`'s range, as serde accepts one.
fn count(object: &JsValue, key: Key) -> Result<Option<u32>, JsError> {
    number(object, key)?
        .map(|n| {
            let whole = n.fract() == 0.0 && (0.0..=f64::from(u32::MAX)).contains(&n);
            // Whole and in range: the cast is exact.
            whole
                .then_some(n as u32)
                .ok_or_else(|| wrong(key, "a whole number"))
        })
        .transpose()
}

/// The first `max` elements of an array field, each read by `read`.
fn list<T>(
    object: &JsValue,
    key: Key,
    max: usize,
    read: impl Fn(&JsValue) -> Result<T, JsError>,
) -> Result<Vec<T>, JsError> {
    let Some(value) = field(object, key)? else {
        return Ok(Vec::new());
    };
    let array = value
        .dyn_ref::<Array>()
        .ok_or_else(|| wrong(key, "an array"))?;
    array.iter().take(max).map(|v| read(&v)).collect()
}

/// Like `list`, for an array of objects.
fn records<T>(
    object: &JsValue,
    key: Key,
    max: usize,
    read: impl Fn(&JsValue) -> Result<T, JsError>,
) -> Result<Vec<T>, JsError> {
    list(object, key, max, |v| {
        self::object(v, key.name())?;
        read(v)
    })
}

fn strings(object: &JsValue, key: Key, max: usize) -> Result<Vec<String>, JsError> {
    list(object, key, max, |v| {
        text(v).ok_or_else(|| wrong(key, "a list of strings"))
    })
}

#[wasm_bindgen]
extern "C" {
    /// The platform's UTF-8 encoder.
    #[wasm_bindgen(js_name = TextEncoder)]
    type Encoder;

    #[wasm_bindgen(constructor, js_class = "TextEncoder")]
    fn new() -> Encoder;

    #[wasm_bindgen(method, js_name = encodeInto)]
    fn encode_into(this: &Encoder, text: &JsString, into: &Uint8Array) -> Encoded;

    /// What `encodeInto` reports.
    type Encoded;

    #[wasm_bindgen(method, getter)]
    fn written(this: &Encoded) -> u32;
}

thread_local! {
    static ENCODER: Encoder = Encoder::new();
}

/// Strings shorter than this (UTF-16 units) go through wasm-bindgen's own copy: for them a
/// view on Wasm memory and an `encodeInto` call cost more than its loop.
const LONG_TEXT: u32 = 256;

/// A JS string as Rust text. wasm-bindgen copies a string by a JS loop over `charCodeAt`
/// while it is ASCII (~0.5 ms per 100 KB in Node, an eighth of a 100 KB scan);
/// `TextEncoder.encodeInto` writes the same bytes into Wasm memory in ~0.01 ms.
pub fn text(value: &JsValue) -> Option<String> {
    let units = value.dyn_ref::<JsString>()?.length();
    if units < LONG_TEXT {
        return value.as_string();
    }
    let text: &JsString = value.unchecked_ref();
    // UTF-8 takes at most three bytes per UTF-16 unit (a surrogate pair: four for two).
    let mut bytes = vec![0u8; units as usize * 3];
    // Nothing allocates between making the view and the call, so Wasm memory cannot grow
    // (which would detach the view) while JS writes through it.
    let memory = wasm_bindgen::memory().unchecked_into::<js_sys::WebAssembly::Memory>();
    let view = Uint8Array::new_with_byte_offset_and_length(
        &memory.buffer(),
        bytes.as_mut_ptr() as u32,
        bytes.len() as u32,
    );
    let written = ENCODER.with(|e| e.encode_into(text, &view).written());
    bytes.truncate(written as usize);
    // encodeInto writes well-formed UTF-8 (a lone surrogate becomes U+FFFD), so this only checks.
    String::from_utf8(bytes).ok()
}
