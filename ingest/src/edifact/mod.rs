//! The EDIFACT service layer (ISO 9735): delimiters, character sets, tokenizer, envelope.
//!
//! `input bytes → Tokenizer → Segment → envelope::split → Message (UNH..UNT with its UNB)`, and
//! back: `values → Writer → text` for the renderers (PAXLST, CUSRES).

pub mod charset;
pub mod delimiters;
pub mod envelope;
mod layout;
pub mod segment;
pub mod tokenizer;
pub mod writer;

pub use charset::Charset;
pub use delimiters::Delimiters;
pub use envelope::{split, Envelope, InterchangeHeader, Message, MessageHeader};
pub use segment::{Segment, Tag};
pub use tokenizer::Tokenizer;
pub use writer::Writer;
