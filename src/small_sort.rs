//! Sorting for the engine's short lists, by hand.
//!
//! The standard library's sorts are fast on long slices, but each instance costs 3–7 KB of
//! Wasm (driftsort with its small-sort networks, once per element type and comparison), and the
//! Wasm has a 400 KB budget. The lists sorted here are short by construction (the reasons of
//! one verdict, the phrase hits that end at one place, the secrets a page's forms ask for),
//! where an insertion sort is as fast and takes a few hundred bytes. Replacing three such sorts
//! took 5 KB off the Wasm's gzip size (2026-12-02).

/// Sorts `items` by `key`, stably: items with equal keys keep their order. Quadratic in the
/// worst case, so only for lists that are short by construction.
pub(crate) fn sort_short_by_key<T, K: Ord>(items: &mut [T], key: impl Fn(&T) -> K) {
    for i in 1..items.len() {
        let mut j = i;
        while j > 0 && key(&items[j - 1]) > key(&items[j]) {
            items.swap(j - 1, j);
            j -= 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::sort_short_by_key;
    use proptest::prelude::*;

    proptest! {
        /// The same order as the standard library's stable sort, equal keys included.
        #[test]
        fn sorts_like_the_standard_stable_sort(
            items in proptest::collection::vec((0u8..6, any::<u16>()), 0..60),
        ) {
            let mut ours = items.clone();
            sort_short_by_key(&mut ours, |&(k, _)| std::cmp::Reverse(k));
            let mut std = items;
            std.sort_by_key(|&(k, _)| std::cmp::Reverse(k));
            prop_assert_eq!(ours, std);
        }
    }
}
