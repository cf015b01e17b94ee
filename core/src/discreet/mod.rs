//! Discreet mode's policy: which strings tell an onlooker what the app is about, and
//! what a screen shows instead.
//!
//! The decision is data, reviewed by hand: `content/discreet.json` classifies every
//! string of the content (by its path) and every Fluent message (by its id) as safe or
//! revealing, with a neutral form for each revealing heading, title and contact name and
//! a discreet message for each revealing message a discreet screen uses. The content
//! refuses to load when a string is not classified, a classified one no longer exists,
//! or a string called safe contains one of the file's revealing words.
//!
//! The views ask [`Discretion`] through one way each: a heading or a name gets its
//! neutral form ([`Discretion::neutral`]); any other text that [`Discretion::reveals`]
//! the subject is held back until the user opens it ("Tekst tonen"); a message is
//! swapped for its discreet one ([`Discretion::message`]). What the user wrote is
//! never classified: the views fold it in discreet mode whatever it says.

mod classification;
mod paths;

pub use classification::Discretion;
