//! Properties of text folding that evidence quoting relies on.

use proptest::prelude::*;
use waspada::text::fold;

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    /// Any input folds without panicking, and every folded range maps back onto char
    /// boundaries of the input, so evidence can always be sliced out of the original.
    #[test]
    fn offsets_land_on_char_boundaries(input in "\\PC{0,64}|[a-z0-9 .@$\u{200b}\u{1d400}-\u{1d433}\u{ff41}-\u{ff5a}]{0,64}") {
        let folded = fold(&input);
        let n = folded.text.len();
        for start in 0..n {
            for end in (start + 1)..=n.min(start + 12) {
                let r = folded.original_range(start, end);
                prop_assert!(input.is_char_boundary(r.start) && input.is_char_boundary(r.end));
                prop_assert!(r.start <= r.end && r.end <= input.len());
            }
        }
    }

    /// Folded text is words separated by single spaces: what whole-word matching assumes.
    #[test]
    fn folded_text_is_single_spaced_words(input in "\\PC{0,64}|[a-z \t\n.,!-]{0,64}") {
        let text = fold(&input).text;
        prop_assert!(!text.starts_with(' ') && !text.ends_with(' ') && !text.contains("  "), "{:?}", text);
        prop_assert!(text.chars().all(|c| c == ' ' || c.is_alphanumeric()), "{:?}", text);
    }
}
