//! Training the on-device text model (`waspada model train`).
//!
//! Plain logistic regression with AdaGrad over the hashed features of [`super::model`]: small,
//! deterministic (fixed seed, fixed order), and quick enough to retrain in seconds on every
//! rule release. Each group of the data weighs the same in training, so a few hundred
//! Indonesian SMS are not drowned by forty thousand comments.

use std::collections::BTreeMap;

use crate::pack::model::{ModelHead, TextModelData};
use crate::text::fold;
use crate::text::model::{features, sigmoid};

/// One labelled training text.
#[derive(Debug, Clone)]
pub struct Example {
    /// The message or comment.
    pub text: String,
    /// Scam (true) or benign.
    pub scam: bool,
    /// Where it comes from: every group weighs the same.
    pub group: String,
}

/// Training settings.
#[derive(Debug, Clone)]
pub struct TrainOptions {
    /// Table size: `2^bits` weights.
    pub bits: u8,
    /// Passes over the data.
    pub epochs: u32,
    /// AdaGrad step size.
    pub learning_rate: f32,
    /// Lowest scam probability that counts as evidence.
    pub threshold: f32,
}

impl Default for TrainOptions {
    fn default() -> Self {
        TrainOptions {
            bits: 18,
            epochs: 6,
            learning_rate: 0.2,
            threshold: 0.85,
        }
    }
}

/// Trains the model: scam vs benign, every group weighing the same.
pub fn train(examples: &[Example], options: &TrainOptions) -> TextModelData {
    let feature_sets: Vec<Vec<u32>> = examples
        .iter()
        .map(|e| {
            features(&fold(&e.text).text, options.bits)
                .into_iter()
                .map(|f| f.bucket)
                .collect()
        })
        .collect();
    let group_weights = group_weights(examples);
    let all: Vec<Sample> = examples
        .iter()
        .zip(&feature_sets)
        .map(|(e, f)| Sample {
            features: f,
            label: e.scam,
            weight: group_weights[e.group.as_str()],
        })
        .collect();
    TextModelData {
        bits: options.bits,
        threshold: options.threshold,
        scam: quantise(fit(&all, options)),
        trained_id_prefixes: Vec::new(),
        held_out_percent: 0,
    }
}

struct Sample<'a> {
    features: &'a [u32],
    label: bool,
    weight: f32,
}

/// Weights that make each group's examples sum to the same total.
fn group_weights(examples: &[Example]) -> BTreeMap<&str, f32> {
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    for e in examples {
        *counts.entry(e.group.as_str()).or_default() += 1;
    }
    let groups = counts.len().max(1) as f32;
    let total = examples.len() as f32;
    counts
        .into_iter()
        .map(|(g, n)| (g, total / (groups * n as f32)))
        .collect()
}

/// Real-valued weights and bias of the regression.
struct Fitted {
    weights: Vec<f32>,
    bias: f32,
}

fn fit(samples: &[Sample], options: &TrainOptions) -> Fitted {
    let size = 1usize << options.bits;
    let mut weights = vec![0f32; size];
    let mut squares = vec![0f32; size];
    let (mut bias, mut bias_square) = (0f32, 0f32);
    let mut order: Vec<usize> = (0..samples.len()).collect();
    let mut rng = XorShift(0x5eed_f9a5_9ada_0f0f);
    for _ in 0..options.epochs {
        rng.shuffle(&mut order);
        for &i in &order {
            let s = &samples[i];
            let z = bias + s.features.iter().map(|&b| weights[b as usize]).sum::<f32>();
            let gradient = (sigmoid(z) - f32::from(u8::from(s.label))) * s.weight;
            for &b in s.features {
                let b = b as usize;
                squares[b] += gradient * gradient;
                weights[b] -= options.learning_rate * gradient / (squares[b].sqrt() + 1e-6);
            }
            bias_square += gradient * gradient;
            bias -= options.learning_rate * gradient / (bias_square.sqrt() + 1e-6);
        }
    }
    Fitted { weights, bias }
}

/// One signed byte per weight: four times smaller, and the model's accuracy does not notice.
fn quantise(fitted: Fitted) -> ModelHead {
    let max = fitted
        .weights
        .iter()
        .fold(0f32, |m, w| m.max(w.abs()))
        .max(f32::EPSILON);
    let scale = max / 127.0;
    ModelHead {
        weights: fitted
            .weights
            .iter()
            .map(|w| (w / scale).round().clamp(-127.0, 127.0) as i8)
            .collect(),
        scale,
        bias: fitted.bias,
    }
}

/// A tiny deterministic generator: the same data gives the same model on every machine.
struct XorShift(u64);

impl XorShift {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn shuffle(&mut self, items: &mut [usize]) {
        for i in (1..items.len()).rev() {
            let j = (self.next() % (i as u64 + 1)) as usize;
            items.swap(i, j);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::model::TextModel;

    fn example(text: &str, scam: bool, group: &str) -> Example {
        Example {
            text: text.into(),
            scam,
            group: group.into(),
        }
    }

    #[test]
    fn learns_to_tell_the_groups_apart_and_is_deterministic() {
        let mut data = Vec::new();
        for i in 0..40 {
            data.push(example(
                &format!("slot gacor maxwin hari ini {i}"),
                true,
                "judol",
            ));
            data.push(example(
                &format!("menang hadiah undian klaim sekarang {i}"),
                true,
                "fraud",
            ));
            data.push(example(
                &format!("besok arisan di rumah bu rt jam {i}"),
                false,
                "normal",
            ));
        }
        let options = TrainOptions {
            bits: 14,
            ..TrainOptions::default()
        };
        let trained = train(&data, &options);
        assert_eq!(trained, train(&data, &options), "same data, same model");
        let model = TextModel::new(trained).expect("valid");
        let judol = model.predict(&fold("ayo slot gacor pasti maxwin").text);
        let prize = model.predict(&fold("selamat anda menang hadiah undian").text);
        let plain = model.predict(&fold("jangan lupa arisan besok di rumah").text);
        assert!(judol.probability > 0.8, "{judol:?}");
        assert!(prize.probability > 0.8, "{prize:?}");
        assert!(plain.probability < 0.2, "{plain:?}");
    }
}
