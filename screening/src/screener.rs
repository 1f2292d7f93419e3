//! The [`Screener`]: built once from a watchlist snapshot, then shared read-only by every thread
//! that screens travellers.

use std::cell::RefCell;

use paxscreen_ingest::model::{Gender, Traveller};
use paxscreen_watchlists::{DocumentRecord, DocumentStatus, ListEntry, ListInfo, PartialDate};
use rayon::prelude::*;
use rustc_hash::FxHashMap;

use crate::dates::DateIndex;
use crate::documents::{DocumentIndex, DocumentMatch};
use crate::entry_keys::EntryKeys;
use crate::facts::{pack_country, Facts};
use crate::hit::{Hit, HitKind};
use crate::index::{NameIndex, Query, Scratch};
use crate::score::evidence::{
    DateAgreement, DOCUMENT_EXACT_BITS, DOCUMENT_NEAR_ALONE_BITS, DOCUMENT_NEAR_BITS,
    NATIONALITY_MATCH_BITS,
};
use crate::score::{
    date_of_birth_bits, date_of_birth_effect, gender_bits, gender_effect, model, nationality_bits,
    nationality_effect, pair_bits, score_name, NameScore, Reason, Weighted,
};
use crate::similarity::{edit_path, TokenMatch};

/// Most evidence besides the name and documents (an identical date of birth and a listed
/// nationality).
const MAX_SUPPORT_BITS: f32 = DateAgreement::Exact.bits() + NATIONALITY_MATCH_BITS;

/// Most a date of birth that does not agree closely (see [`DateIndex`]) adds: a year of birth
/// where the list gives only the year.
const LOOSE_DATE_BITS: f32 = DateAgreement::Year.bits();

/// Share of the name's evidence added to a document's on its own (the name orders such hits).
const DOCUMENT_NAME_SHARE: f32 = 0.1;

/// Settings of a screener.
#[derive(Debug, Clone, PartialEq)]
pub struct ScreenerConfig {
    /// Score from which a match is a hit, for lists that set no threshold of their own (read
    /// on the scale of [`model::score_of`]).
    pub threshold: f32,
}

/// The default hit threshold (see [`model`]).
pub const DEFAULT_THRESHOLD: f32 = model::DEFAULT_THRESHOLD;

impl Default for ScreenerConfig {
    fn default() -> Self {
        ScreenerConfig {
            threshold: DEFAULT_THRESHOLD,
        }
    }
}

/// A form scored with one of a subject's queries (the index of the query).
#[derive(Debug)]
struct Scored {
    form: u32,
    score: NameScore,
    query: usize,
}

/// The best name of an entry so far in a query.
#[derive(Debug, Clone, Copy)]
struct Kept {
    /// The name's evidence, in bits.
    name_bits: f32,
    /// Position of the name among the entry's names.
    position: u16,
    /// Index of the scored form, `u32::MAX` for an entry found by its documents only.
    scored: u32,
}

/// A stolen/lost document record, packed.
#[derive(Debug, Clone, Copy)]
struct LostRecord {
    list: u16,
    status: DocumentStatus,
}

thread_local! {
    static SCRATCH: RefCell<Scratch> = RefCell::new(Scratch::default());
}

/// Screens travellers against person watchlists and stolen/lost document lists.
#[derive(Debug)]
pub struct Screener {
    config: ScreenerConfig,
    lists: Vec<ListInfo>,
    list_ids: FxHashMap<String, u16>,
    entries: Vec<ListEntry>,
    entry_list: Vec<u16>,
    entry_keys: EntryKeys,
    names: NameIndex,
    /// The facts of the entry of every name, in the order of [`NameIndex::all_owners`].
    owner_facts: Vec<Facts>,
    entry_documents: DocumentIndex,
    entry_document_owner: Vec<u32>,
    lost: DocumentIndex,
    lost_records: Vec<LostRecord>,
    /// What the list's namesakes ask of a match where dates of birth are known, in bits (see
    /// [`model::namesake_bits`]).
    namesake_bits: f32,
    /// Entries by listed date of birth (see [`DateIndex`]).
    dates: DateIndex,
    /// True when some entry lists no date of birth: its names decide alone.
    undated_entries: bool,
}

/// What a traveller is screened with: the fields the scorer reads.
#[derive(Debug, Clone, Default)]
pub struct Subject {
    /// Full name (given names and surname, any order).
    pub name: String,
    /// Date of birth.
    pub date_of_birth: Option<chrono::NaiveDate>,
    /// Nationality, alpha-3.
    pub nationality: Option<String>,
    /// Gender.
    pub gender: Option<Gender>,
    /// Travel documents: (issuing country, normalised number).
    pub documents: Vec<(String, String)>,
}

impl Subject {
    /// Returns the subject for a traveller.
    pub fn from_traveller(traveller: &Traveller) -> Subject {
        Subject {
            name: format!("{} {}", traveller.given_names, traveller.surname),
            date_of_birth: traveller.date_of_birth,
            nationality: traveller.nationality.clone(),
            gender: traveller.gender,
            documents: traveller
                .documents
                .iter()
                .map(|d| {
                    (
                        d.issuing_country.clone().unwrap_or_default(),
                        d.number.clone(),
                    )
                })
                .collect(),
        }
    }
}

impl Screener {
    /// Builds a screener from person entries and stolen/lost document records.
    ///
    /// `lists` gives each list's category and threshold; entries and records naming a list that
    /// is not there are screened with the default threshold.
    pub fn build(
        config: ScreenerConfig,
        lists: Vec<ListInfo>,
        entries: Vec<ListEntry>,
        documents: impl IntoIterator<Item = (String, DocumentRecord)>,
    ) -> Screener {
        let mut screener = Screener {
            config,
            list_ids: FxHashMap::default(),
            lists: Vec::new(),
            entries: Vec::new(),
            entry_list: Vec::new(),
            entry_keys: EntryKeys::default(),
            names: NameIndex::default(),
            owner_facts: Vec::new(),
            entry_documents: DocumentIndex::with_capacity(0),
            entry_document_owner: Vec::new(),
            lost: DocumentIndex::with_capacity(0),
            lost_records: Vec::new(),
            namesake_bits: 0.0,
            dates: DateIndex::default(),
            undated_entries: false,
        };
        for list in lists {
            screener.list_id(&list.name, Some(list.clone()));
        }
        screener.entry_list = entries
            .iter()
            .map(|e| screener.list_id(&e.list, None))
            .collect();
        screener.entry_keys = EntryKeys::build(
            entries
                .iter()
                .zip(&screener.entry_list)
                .map(|(e, &list)| (list, e.id.as_str())),
        );
        screener.names = NameIndex::build(entries.iter().map(|e| e.names.as_slice()));
        screener.namesake_bits = model::namesake_bits(screener.names.name_count());
        screener.dates = DateIndex::build(entries.iter().map(|e| e.dates_of_birth.as_slice()));
        screener.undated_entries = entries.iter().any(|e| e.dates_of_birth.is_empty());
        screener.owner_facts = screener
            .names
            .all_owners()
            .iter()
            .map(|&(entry, _)| Facts::of(&entries[entry as usize]))
            .collect();
        let document_count = entries.iter().map(|e| e.documents.len()).sum();
        screener.entry_documents = DocumentIndex::with_capacity(document_count);
        for (position, entry) in entries.iter().enumerate() {
            for document in &entry.documents {
                screener
                    .entry_documents
                    .insert(document.country.as_deref().unwrap_or(""), &document.number);
                screener.entry_document_owner.push(position as u32);
            }
        }
        screener.entries = entries;
        let documents = documents.into_iter();
        screener.lost = DocumentIndex::with_capacity(documents.size_hint().0);
        for (list, record) in documents {
            screener.add_lost_document(&list, &record);
        }
        screener
    }

    /// Makes room for `additional` stolen/lost document records before a large load.
    pub fn reserve_lost_documents(&mut self, additional: usize) {
        self.lost.reserve(additional);
        self.lost_records.reserve(additional);
    }

    /// Adds one stolen/lost document record (for streaming loads of large lists).
    pub fn add_lost_document(&mut self, list: &str, record: &DocumentRecord) {
        let list = self.list_id(list, None);
        self.lost.insert(&record.issuing_country, &record.number);
        self.lost_records.push(LostRecord {
            list,
            status: record.status,
        });
    }

    fn list_id(&mut self, name: &str, info: Option<ListInfo>) -> u16 {
        if let Some(&id) = self.list_ids.get(name) {
            if let Some(info) = info {
                self.lists[usize::from(id)] = info;
            }
            return id;
        }
        let id = self.lists.len() as u16;
        self.lists.push(info.unwrap_or_else(|| ListInfo {
            name: name.to_owned(),
            category: String::new(),
            threshold: None,
        }));
        self.list_ids.insert(name.to_owned(), id);
        id
    }

    /// Returns the number of person entries.
    pub fn entry_count(&self) -> usize {
        self.entries.len()
    }

    /// Returns the person entry `id` of list `list`, for evidence shown to officers and to
    /// check whether a listed entry changed (a binary search).
    pub fn entry(&self, list: &str, id: &str) -> Option<&ListEntry> {
        let list = *self.list_ids.get(list)?;
        let position = self.entry_keys.find(list, id, |position| {
            let position = position as usize;
            (
                self.entry_list[position],
                self.entries[position].id.as_str(),
            )
        })?;
        self.entries.get(position as usize)
    }

    /// Returns the number of stolen/lost document records.
    pub fn document_count(&self) -> usize {
        self.lost.len()
    }

    /// Returns the name index (for statistics).
    pub fn name_index(&self) -> &NameIndex {
        &self.names
    }

    /// Returns an estimate of the heap memory of the indexes, in bytes.
    pub fn index_bytes(&self) -> usize {
        self.names.heap_bytes()
            + self.entry_keys.heap_bytes()
            + self.entry_documents.heap_bytes()
            + self.lost.heap_bytes()
            + self.lost_records.capacity() * std::mem::size_of::<LostRecord>()
            + self.owner_facts.capacity() * std::mem::size_of::<Facts>()
            + self.dates.heap_bytes()
    }

    /// Returns the evidence in bits from which a match of list `list` is a hit.
    fn threshold_bits(&self, list: u16) -> f32 {
        model::bits_of(
            self.lists[usize::from(list)]
                .threshold
                .map(|t| t as f32)
                .unwrap_or(self.config.threshold),
        )
    }

    fn lowest_threshold_bits(&self) -> f32 {
        let lowest = self
            .lists
            .iter()
            .filter_map(|l| l.threshold.map(|t| t as f32))
            .fold(self.config.threshold, f32::min);
        model::bits_of(lowest)
    }

    /// Returns what the namesakes of a large list ask of a match where both dates of birth are
    /// known (`listed_date`: the entry gives one), in bits: see [`model::namesake_bits`].
    /// Without a date on either side, namesakes cannot be told apart, and the name decides as on
    /// a small list.
    #[inline]
    fn namesake_bits(&self, subject: &Subject, listed_date: bool) -> f32 {
        if subject.date_of_birth.is_some() && listed_date {
            self.namesake_bits
        } else {
            0.0
        }
    }

    /// Returns the name evidence in bits below which no name can become a hit for `subject`,
    /// but for the entries whose date of birth agrees closely (the same date, day and month
    /// swapped, the same year and month where the list gives only those; see the `dates` module):
    /// what the name walk of the index must reach. Where dates are compared, the most any other
    /// date adds is a year of birth's agreement, and the list's namesakes ask more (see
    /// [`model::namesake_bits`]); without a date on either side, only a nationality can add.
    pub fn candidate_floor(&self, subject: &Subject) -> f32 {
        let lowest = self.lowest_threshold_bits();
        let undated = lowest - NATIONALITY_MATCH_BITS;
        if subject.date_of_birth.is_some() {
            let loosely_dated =
                lowest + self.namesake_bits - LOOSE_DATE_BITS - NATIONALITY_MATCH_BITS;
            if self.undated_entries {
                loosely_dated.min(undated)
            } else {
                loosely_dated
            }
        } else {
            undated
        }
    }

    /// Returns the name evidence in bits below which no name can become a hit for `subject`,
    /// whatever its date of birth and nationality add: the floor of the entries whose date
    /// agrees closely.
    fn closely_dated_floor(&self, subject: &Subject) -> f32 {
        let lowest = self.lowest_threshold_bits();
        let closely_dated = lowest + self.namesake_bits - MAX_SUPPORT_BITS;
        closely_dated.min(self.candidate_floor(subject))
    }

    /// Returns the forms of the entries whose date of birth agrees closely with the subject's,
    /// sorted.
    fn closely_dated_forms(&self, subject: &Subject) -> Vec<u32> {
        let Some(date) = subject.date_of_birth else {
            return Vec::new();
        };
        let mut entries = Vec::new();
        self.dates.close_to(date, &mut entries);
        let mut forms: Vec<u32> = entries
            .iter()
            .flat_map(|&entry| self.names.forms_of(entry).iter().copied())
            .collect();
        forms.sort_unstable();
        forms.dedup();
        forms
    }

    /// Screens a traveller: watchlist hits (indexed retrieval) and document hits.
    pub fn screen(&self, traveller: &Traveller) -> Vec<Hit> {
        self.screen_subject(&Subject::from_traveller(traveller))
    }

    /// Screens a subject through the index: each of its queries (the name and its joined
    /// variants) retrieves and scores its candidate forms.
    pub fn screen_subject(&self, subject: &Subject) -> Vec<Hit> {
        let queries = self.names.queries(&subject.name);
        let floor = self.candidate_floor(subject);
        // The entries whose date agrees closely, found by date: their every name is scored.
        let dated = self.closely_dated_forms(subject);
        let dated_floor = self.closely_dated_floor(subject);
        let mut scored = Vec::new();
        for (number, query) in queries.iter().enumerate() {
            let mut candidates = SCRATCH.with(|scratch| {
                self.names
                    .candidates(query, floor, &mut scratch.borrow_mut())
            });
            candidates.extend(dated.iter().copied());
            candidates.sort_unstable();
            candidates.dedup();
            scored.extend(candidates.into_iter().filter_map(|form| {
                let score = self.score_candidate(query, form);
                let floor = if dated.binary_search(&form).is_ok() {
                    dated_floor
                } else {
                    floor
                };
                (score.bits >= floor).then_some(Scored {
                    form,
                    score,
                    query: number,
                })
            }));
        }
        self.decide(subject, &queries, scored)
    }

    /// Screens a subject by scoring every name of every entry with each of its queries: the
    /// baseline the index is measured against. Slow by design.
    pub fn screen_exhaustive(&self, subject: &Subject) -> Vec<Hit> {
        let queries = self.names.queries(&subject.name);
        let token_count = self.names.token_count() as u32;
        let floor = self.closely_dated_floor(subject);
        let mut scored = Vec::new();
        for (number, query) in queries.iter().enumerate() {
            let cache: Vec<Vec<Option<(f32, TokenMatch)>>> = (0..query.tokens().len())
                .map(|i| {
                    (0..token_count)
                        .into_par_iter()
                        .map(|t| self.names.direct_similarity(query, i, t))
                        .collect()
                })
                .collect();
            let found: Vec<Scored> = (0..self.names.form_count() as u32)
                .into_par_iter()
                .filter_map(|form| {
                    let tokens = self.names.form(form);
                    let weighted = self.names.weighted(form);
                    let joined = self.names.joined(form);
                    let zones = (query.fills_zone(), self.names.fills_zone(form));
                    let score = score_name(&query.weighted, &weighted, |i, j| {
                        admissible(
                            cache[i][tokens[j] as usize],
                            query.joined == Some(i) || joined == Some(j),
                            self.cut_allowed(query, i, tokens[j], zones),
                        )
                    });
                    (score.bits >= floor).then_some(Scored {
                        form,
                        score,
                        query: number,
                    })
                })
                .collect();
            scored.extend(found);
        }
        self.decide(subject, &queries, scored)
    }

    fn score_candidate(&self, query: &Query, form: u32) -> NameScore {
        let tokens = self.names.form(form);
        let weighted = self.names.weighted(form);
        let joined = self.names.joined(form);
        let zones = (query.fills_zone(), self.names.fills_zone(form));
        score_name(&query.weighted, &weighted, |i, j| {
            admissible(
                self.names.similarity(query, i, tokens[j]),
                query.joined == Some(i) || joined == Some(j),
                self.cut_allowed(query, i, tokens[j], zones),
            )
        })
    }

    /// Returns true when query token `i` and list token `token` may align as one cut short from
    /// the other: the shorter one's name fills a machine-readable zone (`zones`: whether the
    /// query's and the form's do), which cuts the end of the name (for the traveller, the last
    /// token or the one before: the last given name in the zone's order).
    #[inline]
    fn cut_allowed(&self, query: &Query, i: usize, token: u32, zones: (bool, bool)) -> bool {
        let query_shorter = query.tokens()[i].len() < self.names.token_text(token).len();
        if query_shorter {
            zones.0 && i + 2 >= query.tokens().len()
        } else {
            zones.1
        }
    }

    /// The date of birth, nationality and gender evidence of an entry for a subject, in bits.
    fn evidence(&self, subject: &Subject, entry: &ListEntry) -> f32 {
        date_of_birth_bits(subject.date_of_birth, &entry.dates_of_birth)
            + nationality_bits(subject.nationality.as_deref(), &entry.nationalities)
            + gender_bits(subject.gender, entry.gender)
    }

    /// Entries whose listed documents match one of the subject's: the strongest match and the
    /// document, by entry.
    fn document_evidence(&self, subject: &Subject) -> FxHashMap<u32, (DocumentMatch, String)> {
        let mut evidence: FxHashMap<u32, (DocumentMatch, String)> = FxHashMap::default();
        let mut matches = Vec::new();
        for (country, number) in &subject.documents {
            self.entry_documents.lookup(country, number, &mut matches);
            for &(document, kind) in &matches {
                let entry = self.entry_document_owner[document as usize];
                let stronger = evidence
                    .get(&entry)
                    .is_none_or(|(seen, _)| kind == DocumentMatch::Exact && *seen != kind);
                if stronger {
                    evidence.insert(entry, (kind, format!("{country} {number}")));
                }
            }
        }
        evidence
    }

    /// Turns scored forms (each reaching the floor) into hits: every entry carrying a form gets
    /// its date of birth, nationality, gender and document evidence, the best name per entry is
    /// kept, and reasons are written for hits only. Adds the document hits.
    fn decide(&self, subject: &Subject, queries: &[Query], scored: Vec<Scored>) -> Vec<Hit> {
        let documents = self.document_evidence(subject);
        let mut best: FxHashMap<u32, Kept> = FxHashMap::default();
        let nationality = subject.nationality.as_deref().map(pack_country);
        let owners = self.names.all_owners();
        // No list's threshold is lower: a namesake below it is out without reading its list.
        let lowest_threshold = self.lowest_threshold_bits();
        for (
            index,
            Scored {
                form,
                score: name_score,
                ..
            },
        ) in scored.iter().enumerate()
        {
            for owner in self.names.owner_range(*form) {
                let (entry, position) = owners[owner];
                // Namesakes are many and most fail on their evidence: decide those from the
                // packed facts, without touching the map (an entry with a document match is
                // always looked at).
                if documents.is_empty() || !documents.contains_key(&entry) {
                    let facts = &self.owner_facts[owner];
                    let evidence = facts
                        .evidence(subject.date_of_birth, nationality, subject.gender)
                        .unwrap_or_else(|| self.evidence(subject, &self.entries[entry as usize]))
                        - self.namesake_bits(subject, facts.has_date_of_birth());
                    let bits = name_score.bits + evidence;
                    if bits < lowest_threshold
                        || bits < self.threshold_bits(self.entry_list[entry as usize])
                    {
                        continue;
                    }
                }
                if best
                    .get(&entry)
                    .is_none_or(|kept| kept.name_bits < name_score.bits)
                {
                    best.insert(
                        entry,
                        Kept {
                            name_bits: name_score.bits,
                            position,
                            scored: index as u32,
                        },
                    );
                }
            }
        }
        for &entry in documents.keys() {
            best.entry(entry).or_insert(Kept {
                name_bits: f32::NEG_INFINITY,
                position: 0,
                scored: u32::MAX,
            });
        }
        let mut hits = Vec::new();
        for (entry, kept) in best {
            let entry_data = &self.entries[entry as usize];
            let list = self.entry_list[entry as usize];
            let named = scored.get(kept.scored as usize);
            // The evidence first, without building any text: most candidates are not hits.
            let namesakes = self.namesake_bits(subject, !entry_data.dates_of_birth.is_empty());
            let mut bits = kept.name_bits + self.evidence(subject, entry_data) - namesakes;
            let document = documents.get(&entry);
            // A listed document adds its weight; an exact one is a hit on its own.
            let document_bits = document.map(|(kind, _)| {
                let (support, alone) = if *kind == DocumentMatch::Exact {
                    (DOCUMENT_EXACT_BITS, DOCUMENT_EXACT_BITS)
                } else {
                    (DOCUMENT_NEAR_BITS, DOCUMENT_NEAR_ALONE_BITS)
                };
                let name = kept.name_bits.max(0.0);
                (support, alone + DOCUMENT_NAME_SHARE * name)
            });
            if let Some((support, alone)) = document_bits {
                bits = (bits + support).max(alone);
            }
            if bits < self.threshold_bits(list) {
                continue;
            }
            let score = model::score_of(bits);
            let mut reasons = Vec::new();
            let matched_name = named.map(|_| entry_data.names[usize::from(kept.position)].clone());
            if let Some(named) = named {
                self.explain_name(
                    &queries[named.query],
                    named.form,
                    &named.score,
                    &mut reasons,
                );
            }
            if namesakes > 0.0 {
                reasons.push(Reason {
                    code: "namesakes",
                    detail: format!(
                        "a list of {} names holds namesakes that dates of birth tell apart",
                        self.names.name_count()
                    ),
                    effect: -namesakes,
                });
            }
            let effects = [
                date_of_birth_effect(subject.date_of_birth, &entry_data.dates_of_birth),
                nationality_effect(subject.nationality.as_deref(), &entry_data.nationalities),
                gender_effect(subject.gender, entry_data.gender),
            ];
            reasons.extend(effects.into_iter().flatten());
            if let (Some((kind, document)), Some((document_bits, _))) = (document, document_bits) {
                reasons.push(Reason {
                    code: if *kind == DocumentMatch::Exact {
                        "document_exact"
                    } else {
                        "document_near"
                    },
                    detail: format!("travel document {document} listed with the entry ({kind:?})"),
                    effect: document_bits,
                });
            }
            let info = &self.lists[usize::from(list)];
            hits.push(Hit {
                kind: HitKind::Watchlist,
                score,
                list: entry_data.list.clone(),
                category: if entry_data.category.is_empty() {
                    info.category.clone()
                } else {
                    entry_data.category.clone()
                },
                entry_id: entry_data.id.clone(),
                matched_name,
                status: None,
                reasons,
            });
        }
        self.document_hits(subject, &mut hits);
        hits.sort_by(|a, b| {
            b.score
                .total_cmp(&a.score)
                .then_with(|| a.entry_id.cmp(&b.entry_id))
        });
        hits
    }

    fn explain_name(
        &self,
        query: &Query,
        form: u32,
        scored: &NameScore,
        reasons: &mut Vec<Reason>,
    ) {
        let tokens = self.names.form(form);
        let weighted = self.names.weighted(form);
        for &(i, j, cost, kind) in &scored.aligned {
            let (traveller, listed) = (&query.tokens()[i], self.names.token_text(tokens[j]));
            reasons.push(Reason {
                code: "token_match",
                detail: describe_alignment(traveller, listed, cost, kind),
                effect: pair_bits(query.weighted[i], weighted[j], cost, kind),
            });
        }
        let unaligned = |side: &str, token: &str, weighted: Weighted| Reason {
            code: "token_unmatched",
            detail: format!("{side} token {token} has no counterpart"),
            effect: -weighted.bits,
        };
        for (i, token) in query.tokens().iter().enumerate() {
            if !scored.aligned.iter().any(|a| a.0 == i) {
                reasons.push(unaligned("traveller", token, query.weighted[i]));
            }
        }
        for (j, &token) in tokens.iter().enumerate() {
            if !scored.aligned.iter().any(|a| a.1 == j) {
                reasons.push(unaligned(
                    "listed",
                    self.names.token_text(token),
                    weighted[j],
                ));
            }
        }
        reasons.push(Reason {
            code: "name_score",
            detail: "evidence of the names, in bits (aligned tokens less what they lose to \
                     spelling, less tokens contradicted or omitted)"
                .to_owned(),
            effect: scored.bits,
        });
    }

    /// Checks travel documents `(issuing country, number)` against the stolen/lost lists only.
    pub fn check_documents(&self, documents: &[(String, String)]) -> Vec<Hit> {
        let mut hits = Vec::new();
        let subject = Subject {
            documents: documents.to_vec(),
            ..Subject::default()
        };
        self.document_hits(&subject, &mut hits);
        hits
    }

    fn document_hits(&self, subject: &Subject, hits: &mut Vec<Hit>) {
        let mut matches = Vec::new();
        for (country, number) in &subject.documents {
            self.lost.lookup(country, number, &mut matches);
            for &(id, kind) in &matches {
                let record = &self.lost_records[id as usize];
                let info = &self.lists[usize::from(record.list)];
                let listed = self.lost.number(id).unwrap_or_else(|| number.clone());
                hits.push(Hit {
                    kind: HitKind::Document,
                    score: kind.confidence(),
                    list: info.name.clone(),
                    category: info.category.clone(),
                    entry_id: listed.clone(),
                    matched_name: None,
                    status: Some(record.status),
                    reasons: vec![Reason {
                        code: if kind == DocumentMatch::Exact {
                            "document_exact"
                        } else {
                            "document_near"
                        },
                        detail: format!(
                            "{country} {number} ~ listed {country} {listed} ({kind:?}, {:?})",
                            record.status
                        ),
                        effect: kind.confidence(),
                    }],
                });
            }
        }
    }
}

/// Returns a token similarity as the scorer takes it: when either token was made by joining two
/// syllables (see [`crate::tokens::joined_variants`]), only kinds that keep every letter align;
/// a token cut short aligns only where its name fills a passport's machine-readable zone, which
/// is what cuts names (`cut_allowed`: the shorter token's name fills it, see
/// [`crate::tokens::fills_zone`]).
#[inline]
fn admissible(
    similarity: Option<(f32, TokenMatch)>,
    joined: bool,
    cut_allowed: bool,
) -> Option<(f32, TokenMatch)> {
    similarity.filter(|(_, kind)| {
        (!joined || kind.keeps_letters()) && (cut_allowed || *kind != TokenMatch::Truncated)
    })
}

/// Returns what a reason says of two aligned tokens: the kind, and for a spelling difference
/// the edits (`SCHMIDT ~ SCHMITT: d→t, one substitution`), with the cost in bits.
fn describe_alignment(traveller: &str, listed: &str, cost: f32, kind: TokenMatch) -> String {
    let edits = matches!(kind, TokenMatch::Spelling | TokenMatch::Distinct)
        .then(|| edit_path(traveller.as_bytes(), listed.as_bytes(), 2.0))
        .flatten()
        .filter(|(edits, _)| !edits.is_empty());
    match (kind, edits) {
        (TokenMatch::Exact, _) => format!("{traveller} ~ {listed} (exact)"),
        (_, Some((edits, _))) => {
            let count = match edits.len() {
                1 => "one",
                2 => "two",
                _ => "several",
            };
            let what = edits
                .iter()
                .map(|e| e.to_string())
                .collect::<Vec<_>>()
                .join(", ");
            let names = edits.iter().map(|e| e.kind_name()).collect::<Vec<_>>();
            let operations = if names.windows(2).all(|w| w[0] == w[1]) {
                format!("{}{}", names[0], if edits.len() > 1 { "s" } else { "" })
            } else {
                "edits".to_owned()
            };
            let two_names = if kind == TokenMatch::Distinct {
                "; most often another name"
            } else {
                ""
            };
            format!(
                "{traveller} ~ {listed}: {what}, {count} {operations} ({cost:.1} bits){two_names}"
            )
        }
        (TokenMatch::Distinct, None) => {
            format!("{traveller} ~ {listed} (alike, but most often another name)")
        }
        _ => format!("{traveller} ~ {listed} ({}, {cost:.1} bits)", kind.label()),
    }
}

/// Compares one traveller name with one candidate name without a list: what `paxscreen explain`
/// runs. Token weights have no list statistics: common name tokens weigh their ceiling (see
/// `common_names`), others 1.
pub fn explain_pair(
    query: &Subject,
    candidate_name: &str,
    candidate_dobs: &[PartialDate],
    candidate_nationalities: &[String],
) -> (f32, Vec<Reason>) {
    let entry = ListEntry {
        id: "candidate".to_owned(),
        list: "pairs".to_owned(),
        category: String::new(),
        names: vec![candidate_name.to_owned()],
        dates_of_birth: candidate_dobs.to_vec(),
        nationalities: candidate_nationalities.to_vec(),
        gender: None,
        documents: Vec::new(),
    };
    let screener = Screener::build(
        ScreenerConfig { threshold: 0.0 },
        Vec::new(),
        vec![entry],
        std::iter::empty(),
    );
    // Every query of the traveller's name against every form of the candidate's (its joined
    // variants too): the best pair decides.
    let queries = screener.names.queries(&query.name);
    let scored = queries
        .iter()
        .enumerate()
        .flat_map(|(number, query_index)| {
            let screener = &screener;
            (0..screener.names.form_count() as u32).map(move |form| Scored {
                form,
                score: screener.score_candidate(query_index, form),
                query: number,
            })
        })
        .collect();
    let subject = Subject {
        documents: Vec::new(),
        ..query.clone()
    };
    let hits = screener.decide(&subject, &queries, scored);
    hits.into_iter()
        .next()
        .map(|h| (h.score, h.reasons))
        .unwrap_or((0.0, Vec::new()))
}
