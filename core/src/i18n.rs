//! Interface strings in Dutch and English, from Project Fluent files
//! (`locales/{nl,en}.ftl`), so plurals follow each language's rules.
//!
//! The card's own text comes from [`crate::content`]; these are the app's words around
//! it (labels, buttons, notices, the summary's headings).

use chrono::{DateTime, FixedOffset, NaiveDate};
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use thiserror::Error;

use crate::Language;

const NL_FTL: &str = include_str!("../locales/nl.ftl");
const EN_FTL: &str = include_str!("../locales/en.ftl");

/// The embedded Fluent files failed to load: a build defect, caught by the tests.
#[derive(Debug, Error)]
#[error("locale {language} does not load: {message}")]
pub struct LocaleError {
    language: &'static str,
    message: String,
}

/// The interface strings of every language.
pub struct Texts {
    nl: FluentBundle<FluentResource>,
    en: FluentBundle<FluentResource>,
}

impl std::fmt::Debug for Texts {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Texts")
    }
}

fn bundle(language: Language, source: &str) -> Result<FluentBundle<FluentResource>, LocaleError> {
    let error = |message: String| LocaleError {
        language: language.tag(),
        message,
    };
    let resource = FluentResource::try_new(source.to_owned())
        .map_err(|(_, errors)| error(format!("{errors:?}")))?;
    let langid = language
        .tag()
        .parse()
        .map_err(|e| error(format!("{e:?}")))?;
    let mut bundle = FluentBundle::new_concurrent(vec![langid]);
    // The strings go to plain-text exports and native widgets, not to a bidi-aware
    // web page: isolation marks would end up as stray characters.
    bundle.set_use_isolating(false);
    bundle
        .add_resource(resource)
        .map_err(|errors| error(format!("{errors:?}")))?;
    Ok(bundle)
}

/// Arguments for a message, e.g. `&[("count", 3.into())]`.
pub type Args<'a> = [(&'a str, FluentValue<'a>)];

impl Texts {
    /// Loads the embedded Fluent files.
    pub fn embedded() -> Result<Self, LocaleError> {
        Ok(Self {
            nl: bundle(Language::Nl, NL_FTL)?,
            en: bundle(Language::En, EN_FTL)?,
        })
    }

    fn bundle(&self, language: Language) -> &FluentBundle<FluentResource> {
        match language {
            Language::Nl => &self.nl,
            Language::En => &self.en,
        }
    }

    /// The message `id` without arguments.
    pub fn get(&self, language: Language, id: &str) -> String {
        self.format(language, id, &[])
    }

    /// The message `id` with `args`. A missing message shows as its id in brackets, so
    /// a gap is visible instead of silent; the tests require every id in every language.
    pub fn format(&self, language: Language, id: &str, args: &Args<'_>) -> String {
        let bundle = self.bundle(language);
        let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
            return format!("[{id}]");
        };
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            fluent_args.set(*name, value.clone());
        }
        let mut errors = Vec::new();
        bundle
            .format_pattern(pattern, Some(&fluent_args), &mut errors)
            .into_owned()
    }

    /// Whether `language` has a message `id`.
    pub fn has(&self, language: Language, id: &str) -> bool {
        self.bundle(language).has_message(id)
    }

    /// A date and time as the language writes it: `28-11-2026 14:05` or
    /// `28/11/2026 14:05`.
    pub fn date_time(&self, language: Language, at: DateTime<FixedOffset>) -> String {
        match language {
            Language::Nl => at.format("%d-%m-%Y %H:%M").to_string(),
            Language::En => at.format("%d/%m/%Y %H:%M").to_string(),
        }
    }

    /// A date as the language writes it: `28-11-2026` or `28/11/2026`.
    pub fn date(&self, language: Language, date: NaiveDate) -> String {
        match language {
            Language::Nl => date.format("%d-%m-%Y").to_string(),
            Language::En => date.format("%d/%m/%Y").to_string(),
        }
    }
}

/// Every message id in a Fluent source, for the completeness tests.
pub fn message_ids(language: Language) -> Vec<String> {
    let source = match language {
        Language::Nl => NL_FTL,
        Language::En => EN_FTL,
    };
    source
        .lines()
        .filter(|line| line.chars().next().is_some_and(|c| c.is_ascii_alphabetic()))
        .filter_map(|line| line.split_once(" =").map(|(id, _)| id.trim().to_owned()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_message_exists_in_every_language() {
        let nl = message_ids(Language::Nl);
        let en = message_ids(Language::En);
        assert!(!nl.is_empty());
        for id in &nl {
            assert!(en.contains(id), "{id} missing in en");
        }
        for id in &en {
            assert!(nl.contains(id), "{id} missing in nl");
        }
    }

    #[test]
    fn plurals_follow_the_language() {
        let texts = Texts::embedded().expect("locales load");
        let count =
            |language, n: i64| texts.format(language, "signal-count", &[("count", n.into())]);
        assert_eq!(count(Language::Nl, 0), "0 signalen");
        assert_eq!(count(Language::Nl, 1), "1 signaal");
        assert_eq!(count(Language::Nl, 3), "3 signalen");
        assert_eq!(count(Language::En, 1), "1 signal");
        assert_eq!(count(Language::En, 11), "11 signals");
    }

    #[test]
    fn a_missing_message_is_visible() {
        let texts = Texts::embedded().expect("locales load");
        assert_eq!(
            texts.get(Language::Nl, "no-such-message"),
            "[no-such-message]"
        );
    }
}
