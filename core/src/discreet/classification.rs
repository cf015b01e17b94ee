//! `content/discreet.json`: the reviewed classification, checked against the content
//! and turned into what the views ask.

use std::collections::{BTreeMap, BTreeSet};

use serde::Deserialize;
use serde_json::Value;

use super::paths::{self, Located};
use crate::Language;
use crate::content::{Bilingual, DiscreetName};

/// The file as written.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    /// What the file holds, for its reader.
    #[allow(dead_code)]
    about: String,
    /// Words no safe string may contain: lower case, without spaces, matched inside
    /// words ("arbeidsuitbuiting") and across the card's line breaks ("MENSEN HANDEL").
    words: Vec<String>,
    /// Every content string, by path.
    texts: BTreeMap<String, Class>,
    /// Every Fluent message, by id.
    messages: BTreeMap<String, Class>,
}

/// What one string tells an onlooker.
#[derive(Debug, Clone, Deserialize)]
#[serde(untagged)]
enum Class {
    /// `"safe"`: nothing of the subject.
    Safe(String),
    /// It tells the subject.
    Reveals(Revealing),
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct Revealing {
    /// What it tells (trafficking, police, …): the reviewer's reason.
    reveals: String,
    /// For a heading, title or contact name: what discreet mode shows instead.
    #[serde(default)]
    neutral: Option<Bilingual>,
    /// For a message: the message discreet mode shows instead.
    #[serde(default)]
    discreet: Option<String>,
    /// For a message no discreet screen shows: why.
    #[serde(default, rename = "where")]
    not_shown: Option<String>,
}

/// Keys whose revealing strings a screen shows as a heading, a title or a name: they
/// need a neutral form. Sources' names are body text (their line is held back).
fn needs_neutral(path: &str) -> bool {
    let last = path.rsplit('.').next().unwrap_or_default();
    let named =
        matches!(last, "heading" | "title" | "subtitle" | "name") || path.contains(".topic.");
    let signal = path.starts_with("card.signals.items.");
    (named || signal) && !path.contains("source")
}

/// Discreet mode's policy, built from the classification and the content it covers.
#[derive(Debug, Clone)]
pub struct Discretion {
    words: Vec<String>,
    /// Per language (Dutch, English): each revealing string and its neutral form.
    revealing: [BTreeMap<String, Option<String>>; 2],
    /// Revealing message id -> the message shown instead in discreet mode.
    messages: BTreeMap<String, Option<String>>,
    classified_messages: BTreeMap<String, Class>,
    /// Path -> neutral form, for checking the provenance's record of them.
    neutral_paths: BTreeMap<String, Bilingual>,
}

fn slot(language: Language) -> usize {
    match language {
        Language::Nl => 0,
        Language::En => 1,
    }
}

impl Discretion {
    /// Checks the classification against the content's JSON sources and builds the
    /// policy. The error names the first string that breaks a rule.
    pub(crate) fn load(
        classification: &str,
        nl: &Value,
        en: &Value,
        contacts: &Value,
        provenance: &Value,
    ) -> Result<Self, String> {
        let file: File = serde_json::from_str(classification).map_err(|e| e.to_string())?;
        let mut strings = Vec::new();
        paths::localized(nl, Language::Nl, &mut strings);
        paths::localized(en, Language::En, &mut strings);
        paths::contacts_file(contacts, &mut strings);
        paths::provenance(provenance, &mut strings);

        let mut policy = Self {
            words: file.words,
            revealing: [BTreeMap::new(), BTreeMap::new()],
            messages: BTreeMap::new(),
            classified_messages: file.messages.clone(),
            neutral_paths: file
                .texts
                .iter()
                .filter_map(|(path, class)| match class {
                    Class::Reveals(Revealing {
                        neutral: Some(neutral),
                        ..
                    }) => Some((path.clone(), neutral.clone())),
                    _ => None,
                })
                .collect(),
        };
        let mut seen = BTreeSet::new();
        let mut safe = Vec::new();
        for Located {
            path,
            language,
            text,
        } in &strings
        {
            let class = file
                .texts
                .get(path)
                .ok_or_else(|| format!("{path}: not classified"))?;
            seen.insert(path.as_str());
            let languages = language.map_or(Language::ALL.to_vec(), |l| vec![l]);
            match class {
                Class::Safe(word) if word == "safe" => {
                    if let Some(found) = policy.revealing_word(text) {
                        return Err(format!("{path}: called safe, but says {found:?}"));
                    }
                    safe.push((path, *text));
                }
                Class::Safe(other) => return Err(format!("{path}: {other:?} is no class")),
                Class::Reveals(revealing) => {
                    if revealing.reveals.trim().is_empty() {
                        return Err(format!("{path}: say what it reveals"));
                    }
                    if revealing.discreet.is_some() || revealing.not_shown.is_some() {
                        return Err(format!("{path}: only a message has a discreet message"));
                    }
                    if needs_neutral(path) && revealing.neutral.is_none() {
                        return Err(format!("{path}: a heading or name needs a neutral form"));
                    }
                    for language in languages {
                        let neutral = revealing.neutral.as_ref().map(|n| n.get(language));
                        if let Some(found) = neutral.and_then(|n| policy.revealing_word(n)) {
                            return Err(format!("{path}: the neutral form says {found:?}"));
                        }
                        // The same text as a heading and as body text ("Criminele
                        // uitbuiting"): the heading's neutral form serves both.
                        let entry = policy.revealing[slot(language)]
                            .entry((*text).to_owned())
                            .or_default();
                        match (entry.as_deref(), neutral) {
                            (Some(known), Some(new)) if known != new => {
                                return Err(format!("{path}: the same text has two neutral forms"));
                            }
                            (None, Some(new)) => *entry = Some(new.to_owned()),
                            _ => {}
                        }
                    }
                }
            }
        }
        if let Some(stale) = file.texts.keys().find(|k| !seen.contains(k.as_str())) {
            return Err(format!("{stale}: classified, but no such text"));
        }
        // A safe text that holds a revealing one would show it: "Sterk Huis (project
        // RUPS)" inside a line called safe. A revealing text with a revealing word in it
        // was caught by the word check above already, so only the few without one are
        // looked for: this runs at every start.
        let wordless: Vec<&String> = policy
            .revealing
            .iter()
            .flat_map(BTreeMap::keys)
            .filter(|revealing| policy.revealing_word(revealing).is_none())
            .collect();
        for (path, text) in safe {
            if let Some(revealing) = wordless.iter().find(|r| text.contains(r.as_str())) {
                return Err(format!("{path}: called safe, but holds {revealing:?}"));
            }
        }
        for (id, class) in &file.messages {
            if let Class::Reveals(revealing) = class {
                if revealing.discreet.is_none() == revealing.not_shown.is_none() {
                    return Err(format!(
                        "message {id}: give either its discreet message or where it is shown"
                    ));
                }
                policy
                    .messages
                    .insert(id.clone(), revealing.discreet.clone());
            }
        }
        Ok(policy)
    }

    /// Checks that the provenance records every neutral form, as the classification
    /// gives it, and nothing else.
    pub(crate) fn check_recorded(&self, recorded: &[DiscreetName]) -> Result<(), String> {
        let mut paths = BTreeSet::new();
        for name in recorded {
            for path in &name.paths {
                if self.neutral_paths.get(path) != Some(&name.neutral) {
                    return Err(format!(
                        "provenance: {path} has no neutral form {:?}",
                        name.neutral.nl
                    ));
                }
                paths.insert(path.as_str());
            }
        }
        match self
            .neutral_paths
            .keys()
            .find(|p| !paths.contains(p.as_str()))
        {
            Some(path) => Err(format!("{path}: its neutral form is not in the provenance")),
            None => Ok(()),
        }
    }

    /// The first revealing word in `text`, if any.
    pub fn revealing_word(&self, text: &str) -> Option<&str> {
        // The card breaks words over lines ("MENSEN HANDEL"): compare without spaces.
        let plain: String = text
            .to_lowercase()
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect();
        self.words
            .iter()
            .find(|word| plain.contains(word.as_str()))
            .map(String::as_str)
    }

    /// Whether `text` tells an onlooker the subject: it is, or holds, a content string
    /// classified as revealing (a line built from a source's name, a correction).
    pub fn reveals(&self, language: Language, text: &str) -> bool {
        self.revealing[slot(language)]
            .keys()
            .any(|revealing| text.contains(revealing.as_str()))
    }

    /// The neutral form of a revealing heading, title or name; `None` if `text` is safe
    /// or not a classified heading.
    pub fn neutral(&self, language: Language, text: &str) -> Option<&str> {
        self.revealing[slot(language)]
            .get(text)
            .and_then(|neutral| neutral.as_deref())
    }

    /// The message discreet mode shows for message `id`: its discreet message if the
    /// classification gives one, else `id` itself.
    pub fn message<'a>(&'a self, id: &'a str) -> &'a str {
        match self.messages.get(id) {
            Some(Some(discreet)) => discreet,
            _ => id,
        }
    }

    /// Checks the messages against the Fluent sources: every message classified, none
    /// classified that does not exist, no safe one (nor a discreet replacement) with a
    /// revealing word. `text` gives a message's pattern in a language.
    pub fn check_messages(
        &self,
        ids: &BTreeSet<String>,
        text: impl Fn(Language, &str) -> String,
    ) -> Result<(), String> {
        if let Some(id) = ids
            .iter()
            .find(|id| !self.classified_messages.contains_key(*id))
        {
            return Err(format!("message {id}: not classified"));
        }
        if let Some(id) = self
            .classified_messages
            .keys()
            .find(|id| !ids.contains(*id))
        {
            return Err(format!("message {id}: classified, but no such message"));
        }
        for (id, class) in &self.classified_messages {
            let safe = match class {
                Class::Safe(word) if word == "safe" => id.as_str(),
                Class::Safe(other) => return Err(format!("message {id}: {other:?} is no class")),
                Class::Reveals(Revealing {
                    discreet: Some(discreet),
                    ..
                }) => match self.classified_messages.get(discreet) {
                    Some(Class::Safe(_)) => continue,
                    _ => return Err(format!("message {id}: {discreet} is not a safe message")),
                },
                Class::Reveals(_) => continue,
            };
            for language in Language::ALL {
                if let Some(found) = self.revealing_word(&text(language, safe)) {
                    return Err(format!(
                        "message {id} ({}): called safe, but says {found:?}",
                        language.tag()
                    ));
                }
            }
        }
        Ok(())
    }
}
