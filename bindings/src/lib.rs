//! The library the Android and iOS apps load: the Signalenkaart core with its `ffi`
//! feature on, nothing else (the "megazord" of mozilla/application-services). The
//! contract, its docs and its scaffolding are the core's own: see
//! `signalenkaart_core::ffi`.
//!
//! ```
//! use signalenkaart_ffi::{Core, CoreConfig, Event, Language, Screen, insecure_software_key_wrapper};
//!
//! let dir = std::env::temp_dir().join(format!("signalenkaart-doc-{}", std::process::id()));
//! let keys = insecure_software_key_wrapper(dir.join("keys").display().to_string())?;
//! let core = Core::new(
//!     CoreConfig { data_dir: dir.join("data").display().to_string(), device_language: Language::Nl },
//!     keys,
//!     None, // the platform's biometric key: none on this machine
//! )?;
//! assert!(matches!(core.view().screen, Screen::Home { .. }));
//! let update = core.dispatch(Event::Back);
//! assert!(update.effects.is_empty());
//! # std::fs::remove_dir_all(dir).ok();
//! # Ok::<(), signalenkaart_ffi::CoreError>(())
//! ```

pub use signalenkaart_core::ffi::*;
