//! Signalenkaart core: the card "Signalenkaart voor professionals — Criminele
//! uitbuiting" as a headless app.
//!
//! All behaviour lives here; the Android and iOS shells only render what the core
//! describes. The modules follow the architecture:
//!
//! - [`content`]: the card as validated data, in Dutch and English, with its contacts
//!   and provenance;
//! - [`casework`]: cases, observed signals, meldcode steps and afwegingskader answers,
//!   as pure logic;
//! - [`vault`]: the encrypted case store (SQLCipher), its keys, PIN, lock, wipe and
//!   retention;
//! - [`app`]: the state machine the shells drive, `Event -> Update { view, effects }`;
//! - `ffi` (with the `ffi` feature): the app as a uniffi component, one object `Core`.
//!
//! ```
//! use signalenkaart_core::{Content, Language};
//!
//! let content = Content::embedded().expect("the embedded card is valid");
//! let card = content.card(Language::Nl);
//! assert_eq!(card.signals.items.len(), 11);
//! let coordinator = content.contact("zorgcoordinator").expect("on the card");
//! assert_eq!(coordinator.number.as_ref().map(|n| n.tel_uri()), Some("tel:+31135498430"));
//! ```

pub mod app;
pub mod casework;
pub mod clock;
pub mod content;
pub mod discreet;
#[cfg(feature = "ffi")]
pub mod ffi;
pub mod i18n;
mod language;
pub mod vault;
mod visible;

pub use clock::{Clock, ManualClock, SystemClock};
pub use content::Content;
pub use i18n::Texts;
pub use language::Language;

// One uniffi namespace for the whole product: one Kotlin package, one Swift module.
#[cfg(feature = "ffi")]
uniffi::setup_scaffolding!("signalenkaart");
