//! The map from folded bytes back to the original text, kept small: one entry per run of
//! folded bytes that copy consecutive input bytes one to one (most of a page), instead of two
//! offsets for every byte. Folding a megabyte writes a few thousand entries, not eight
//! megabytes of offsets.

/// Folded bytes from `at` on (until the next piece) and where they came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Piece {
    /// First folded byte of the piece.
    at: u32,
    /// Input range of the byte at `at`.
    start: u32,
    end: u32,
    /// Each following byte came from the next input byte (`start + i .. start + i + 1`);
    /// otherwise every byte of the piece came from `start..end` (the bytes of one character,
    /// a stretched letter).
    linear: bool,
}

impl Piece {
    /// The input range of folded byte `k` (at or after `at`).
    fn range(&self, k: u32) -> (u32, u32) {
        if self.linear {
            let start = self.start + (k - self.at);
            (start, start + 1)
        } else {
            (self.start, self.end)
        }
    }
}

/// Input ranges of the folded bytes other than spaces. A space of folded text stands for the
/// separators before the next word and maps to the empty range at that word's start, so
/// spaces need no entry, and a piece may run across them.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(super) struct OffsetMap {
    pieces: Vec<Piece>,
}

impl OffsetMap {
    pub(super) fn with_capacity(capacity: usize) -> OffsetMap {
        OffsetMap {
            pieces: Vec::with_capacity(capacity),
        }
    }

    /// Folded byte `k` came from `start..end`. Bytes are pushed in order, spaces skipped; a
    /// byte that continues the last piece adds nothing.
    pub(super) fn push(&mut self, k: u32, start: u32, end: u32) {
        if self
            .pieces
            .last()
            .is_some_and(|p| p.range(k) == (start, end))
        {
            return;
        }
        self.pieces.push(Piece {
            at: k,
            start,
            end,
            linear: end == start + 1,
        });
    }

    /// `count` folded bytes from `k` on came from the input bytes from `start` on, one each:
    /// the same as pushing each of them, since the first one's piece covers the rest.
    #[inline]
    pub(super) fn push_run(&mut self, k: u32, start: u32, count: u32) {
        if count == 0 {
            return;
        }
        // Most words continue the last piece (only the separators before them changed the
        // gap between folded and input offsets when they were not one byte).
        if let Some(p) = self.pieces.last()
            && p.linear
            && p.start.wrapping_add(k.wrapping_sub(p.at)) == start
        {
            return;
        }
        self.push(k, start, start + 1);
    }

    /// The last pushed byte, `k`, now ends at `end` in the input (a stretched letter: the
    /// evidence covers the dropped repeats).
    pub(super) fn stretch_last(&mut self, k: u32, end: u32) {
        let Some(last) = self.pieces.last_mut() else {
            return;
        };
        let (start, _) = last.range(k);
        if last.at == k {
            last.end = end;
            last.linear = end == start + 1;
        } else {
            self.pieces.push(Piece {
                at: k,
                start,
                end,
                linear: end == start + 1,
            });
        }
    }

    /// The input range of folded byte `k` of `text`.
    pub(super) fn range(&self, text: &[u8], k: usize) -> (u32, u32) {
        // A space maps to the empty range where the next word starts.
        let owner = if text[k] == b' ' { k + 1 } else { k };
        let owner = owner.min(text.len() - 1) as u32;
        let i = self.pieces.partition_point(|p| p.at <= owner);
        match i.checked_sub(1).and_then(|i| self.pieces.get(i)) {
            Some(piece) if text[k] == b' ' => {
                let (start, _) = piece.range(owner);
                (start, start)
            }
            Some(piece) => piece.range(owner),
            None => (0, 0),
        }
    }
}
