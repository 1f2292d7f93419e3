//! Name pools with skewed (Zipf-like) frequencies, read from compact word lists.
//!
//! A list is whitespace-separated items, most frequent first. An item is `LATIN=NATIVE` (the
//! passport spelling and the name in its own script), `LATIN` alone for names written in Latin
//! letters, or `NATIVE` alone for scripts whose passport spelling is computed by a
//! transliteration (see [`super::script`]). `_` stands for a space inside a name (`ABDUL_RAHMAN`).
//! A gendered item gives the male and the female form apart with `|` (`OV|OVA`, `ов|ова`).
//! `-` alone is an empty item, for an optional part of a [`Compound`].

use super::script::Script;
use crate::synthetic::Rng;

/// One name of a pool, in Latin letters and, where it has one, in its own script.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Spelled {
    /// Passport spelling (A–Z and spaces).
    pub latin: String,
    /// The name in its own script, when the culture writes in another one.
    pub native: Option<String>,
}

/// An item of a pool: its male form, and its female form where the two differ.
#[derive(Debug, Clone)]
pub struct Item {
    /// Male (or only) form.
    pub male: Spelled,
    /// Female form, where it differs.
    pub female: Option<Spelled>,
}

impl Item {
    /// Returns the form for a gender (`female`), falling back to the only form.
    pub fn form(&self, female: bool) -> &Spelled {
        match (&self.female, female) {
            (Some(form), true) => form,
            _ => &self.male,
        }
    }
}

/// A pool of names and the cumulative weights of a Zipf law over their ranks.
#[derive(Debug, Clone, Default)]
pub struct Pool {
    items: Vec<Item>,
    cumulative: Vec<f64>,
}

impl Pool {
    /// Reads a pool from a word list (see the module doc); rank `r` (from 1) weighs `r^-exponent`.
    pub fn parse(text: &str, script: Script, exponent: f64) -> Pool {
        let items: Vec<Item> = text
            .split_whitespace()
            .map(|word| parse_item(word, script))
            .collect();
        let mut cumulative = Vec::with_capacity(items.len());
        let mut total = 0.0;
        for rank in 1..=items.len() {
            total += (rank as f64).powf(-exponent);
            cumulative.push(total);
        }
        Pool { items, cumulative }
    }

    /// Number of names in the pool.
    pub fn len(&self) -> usize {
        self.items.len()
    }

    /// True when the pool has no name.
    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    /// Every item, most frequent first.
    pub fn items(&self) -> &[Item] {
        &self.items
    }

    /// Draws an item with the pool's skewed frequencies (`None` for an empty pool).
    pub fn draw(&self, rng: &mut Rng) -> Option<&Item> {
        let total = *self.cumulative.last()?;
        let target = unit(rng) * total;
        let index = self.cumulative.partition_point(|&c| c <= target);
        self.items.get(index.min(self.items.len() - 1))
    }

    /// Draws an item uniformly (`None` for an empty pool).
    pub fn uniform(&self, rng: &mut Rng) -> Option<&Item> {
        if self.items.is_empty() {
            return None;
        }
        self.items.get(rng.below(self.items.len()))
    }
}

/// A compositional name: word lists whose draws are joined in order (`ROSEN` + `BERG`,
/// `BELO` + `US` + `OV`), each list drawn with its own Zipf law.
#[derive(Debug, Clone, Copy)]
pub struct Compound {
    /// Share of the names of its kind drawn so.
    pub share: f64,
    /// Zipf exponent of every part's list.
    pub skew: f64,
    /// The word lists of the parts, in order.
    pub parts: &'static [&'static str],
}

/// A [`Compound`] read: its share and the pools of its parts.
#[derive(Debug, Clone)]
pub struct Composer {
    /// Share of the names of its kind drawn so.
    pub share: f64,
    /// Pools of the parts, in order.
    pub parts: Vec<Pool>,
}

impl Composer {
    /// Reads compounds for a script.
    pub fn read_all(compounds: &[Compound], script: Script) -> Vec<Composer> {
        compounds
            .iter()
            .map(|c| Composer {
                share: c.share,
                parts: c
                    .parts
                    .iter()
                    .map(|p| Pool::parse(p, script, c.skew))
                    .collect(),
            })
            .collect()
    }

    /// Picks one of `composers` by their shares (`None` for the rest of the draws).
    pub fn pick<'a>(composers: &'a [Composer], rng: &mut Rng) -> Option<&'a Composer> {
        if composers.is_empty() {
            return None;
        }
        let mut target = unit(rng);
        for composer in composers {
            if target < composer.share {
                return Some(composer);
            }
            target -= composer.share;
        }
        None
    }

    /// Draws a name: every part drawn and joined; the Latin spellings of the parts beside it.
    pub fn draw(
        &self,
        rng: &mut Rng,
        female: bool,
        script: Script,
    ) -> Option<(Spelled, Vec<String>)> {
        let mut joined: Option<Spelled> = None;
        let mut pieces = Vec::with_capacity(self.parts.len());
        for pool in &self.parts {
            let part = pool.draw(rng)?.form(female).clone();
            if !part.latin.is_empty() {
                pieces.push(part.latin.clone());
            }
            joined = Some(match joined {
                None => part,
                Some(before) => join(&before, &part, script),
            });
        }
        joined.map(|name| (name, pieces))
    }
}

/// A uniform number in `[0, 1)`.
pub fn unit(rng: &mut Rng) -> f64 {
    (rng.next_u64() >> 11) as f64 / (1u64 << 53) as f64
}

fn parse_item(word: &str, script: Script) -> Item {
    if word == "-" {
        let nothing = Spelled {
            latin: String::new(),
            native: script.is_native().then(String::new),
        };
        return Item {
            male: nothing,
            female: None,
        };
    }
    let (latin, native) = match word.split_once('=') {
        Some((latin, native)) => (Some(latin), Some(native)),
        None if word.is_ascii() => (Some(word), None),
        None => (None, Some(word)),
    };
    let form = |index: usize| -> Option<Spelled> {
        let pick = |text: &str| -> Option<String> {
            let mut forms = text.split('|');
            let first = forms.next().unwrap_or_default();
            let chosen = if index == 0 {
                Some(first)
            } else {
                forms.next()
            };
            chosen.map(|s| s.replace('_', " "))
        };
        let native = match native {
            Some(text) => Some(pick(text)?),
            None => None,
        };
        let latin = match latin {
            Some(text) => pick(text)?,
            None => script.to_latin(native.as_deref().unwrap_or_default()),
        };
        Some(Spelled { latin, native })
    };
    let male = form(0).unwrap_or(Spelled {
        latin: String::new(),
        native: None,
    });
    Item {
        female: form(1).filter(|f| *f != male),
        male,
    }
}

/// Joins two parts of a compound name written together (`ROSEN` + `BERG`): the Latin spellings
/// and, when both have one, the native ones (a Hebrew final letter before the join takes its
/// medial form, an Armenian capital after it its small form). An empty part adds nothing.
pub fn join(first: &Spelled, second: &Spelled, script: Script) -> Spelled {
    let native = match (&first.native, &second.native) {
        (Some(a), Some(b)) if b.is_empty() => Some(a.clone()),
        // Armenian names are written with a capital only at the start (ՏԵՐ + Զաքար → Տերզաքար).
        (Some(a), Some(b)) if script == Script::Armenian && !a.is_empty() => {
            Some(format!("{a}{}", b.to_lowercase()))
        }
        (Some(a), Some(b)) => Some(format!("{}{b}", medial(a))),
        _ => None,
    };
    let latin = match (&native, script.transliterates()) {
        (Some(native), true) => script.to_latin(native),
        _ => format!("{}{}", first.latin, second.latin),
    };
    Spelled { latin, native }
}

/// Replaces a Hebrew final letter at the end of a word by its medial form.
pub(crate) fn medial(word: &str) -> String {
    let mut chars: Vec<char> = word.chars().collect();
    if let Some(last) = chars.last_mut() {
        *last = match *last {
            'ך' => 'כ',
            'ם' => 'מ',
            'ן' => 'נ',
            'ף' => 'פ',
            'ץ' => 'צ',
            other => other,
        };
    }
    chars.into_iter().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn items_and_gendered_forms() {
        let pool = Pool::parse("SMITH AL_RASHID=الرشيد OV|OVA=ов|ова", Script::Latin, 1.0);
        assert_eq!(pool.len(), 3);
        assert_eq!(pool.items()[1].male.latin, "AL RASHID");
        assert_eq!(pool.items()[1].male.native.as_deref(), Some("الرشيد"));
        assert_eq!(pool.items()[2].form(true).latin, "OVA");
        assert_eq!(pool.items()[2].form(false).native.as_deref(), Some("ов"));
        assert!(pool.items()[0].female.is_none());
    }

    #[test]
    fn draws_are_skewed_towards_the_front() {
        let pool = Pool::parse("A B C D E F G H I J", Script::Latin, 1.0);
        let mut rng = Rng::new(3);
        let mut counts = [0usize; 10];
        for _ in 0..20_000 {
            let item = pool.draw(&mut rng).map(|i| i.male.latin.clone());
            counts[(item.unwrap().as_bytes()[0] - b'A') as usize] += 1;
        }
        assert!(counts[0] > 2 * counts[4] && counts[4] > counts[9] && counts[9] > 0);
    }

    #[test]
    fn hebrew_joins_take_the_medial_form() {
        let rosen = Spelled {
            latin: "ROZEN".into(),
            native: Some("רוזן".into()),
        };
        let berg = Spelled {
            latin: "BERG".into(),
            native: Some("ברג".into()),
        };
        let joined = join(&rosen, &berg, Script::Latin);
        assert_eq!(joined.native.as_deref(), Some("רוזנברג"));
        assert_eq!(joined.latin, "ROZENBERG");
    }
}
