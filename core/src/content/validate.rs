//! Rules the embedded content must keep: both languages complete and aligned, the
//! card's counts, every referenced contact known.

use std::collections::BTreeSet;

use super::{Content, ContentError, FactPlace, LocalizedFile};
use crate::Language;

const SIGNALS: usize = 11;
const HELPING: usize = 9;
const HINDERING: usize = 9;
const STEPS: usize = 5;
const QUESTIONS: usize = 5;

fn fail(message: String) -> Result<(), ContentError> {
    Err(ContentError::Structure(message))
}

pub(super) fn check(content: &Content) -> Result<(), ContentError> {
    for language in Language::ALL {
        let file = content.localized(language);
        if file.language != language {
            return fail(format!(
                "{} file says it is {:?}",
                language.tag(),
                file.language
            ));
        }
        check_counts(file)?;
        check_no_empty_text(file)?;
    }
    check_aligned(&content.nl, &content.en)?;
    check_contacts(content)?;
    check_sources(content)?;
    Ok(())
}

/// Every source is the card (undated) or a dated public page; only what the card
/// prints may say it is from the card; every fact not on the card has a dated source,
/// text in both languages and a place that exists.
fn check_sources(content: &Content) -> Result<(), ContentError> {
    let card_contact = &content.nl.card.coordinator.contact;
    for contact in &content.contacts {
        if !contact.source.is_well_formed() {
            return fail(format!("contact {}: malformed source", contact.id));
        }
        if contact.source.from_card && &contact.id != card_contact {
            return fail(format!(
                "contact {}: only the card's own number is from the card",
                contact.id
            ));
        }
    }
    for language in Language::ALL {
        let source = &content.localized(language).afwegingskader.source;
        if !source.is_well_formed() || source.from_card {
            return fail(format!(
                "{}: the afwegingskader needs a dated source",
                language.tag()
            ));
        }
    }
    let mut ids = BTreeSet::new();
    for fact in &content.provenance.facts {
        let what = |problem: &str| fail(format!("fact {}: {problem}", fact.id));
        if !ids.insert(fact.id.as_str()) {
            return what("duplicate id");
        }
        let texts = [&fact.topic.nl, &fact.topic.en, &fact.text.nl, &fact.text.en];
        if texts.iter().any(|t| t.trim().is_empty()) {
            return what("a text is empty");
        }
        if fact.sources.is_empty()
            || fact
                .sources
                .iter()
                .any(|s| !s.is_well_formed() || s.from_card)
        {
            return what("needs at least one dated source, none from the card");
        }
        if fact.shown_with.is_empty() {
            return what("is shown nowhere");
        }
        for place in &fact.shown_with {
            if let FactPlace::Contact(id) = place
                && !content.contacts.iter().any(|c| &c.id == id)
            {
                return what("is shown with an unknown contact");
            }
        }
    }
    Ok(())
}

fn check_counts(file: &LocalizedFile) -> Result<(), ContentError> {
    let card = &file.card;
    let tag = file.language.tag();
    let counts = [
        ("signals", card.signals.items.len(), SIGNALS),
        ("helping points", card.conversation.helping.len(), HELPING),
        (
            "hindering points",
            card.conversation.hindering.len(),
            HINDERING,
        ),
        ("meldcode steps", card.meldcode.steps.len(), STEPS),
        (
            "afweging questions",
            file.afwegingskader.questions.len(),
            QUESTIONS,
        ),
    ];
    for (what, found, expected) in counts {
        if found != expected {
            return fail(format!("{tag}: {found} {what}, the card has {expected}"));
        }
    }
    let numbered_in_order = card
        .meldcode
        .steps
        .iter()
        .map(|s| s.number)
        .eq(1..=STEPS as u8)
        && file
            .afwegingskader
            .questions
            .iter()
            .map(|q| q.number)
            .eq(1..=QUESTIONS as u8);
    if !numbered_in_order {
        return fail(format!(
            "{tag}: steps or questions are not numbered 1 to 5 in order"
        ));
    }
    let ids: Vec<&str> = card
        .signals
        .items
        .iter()
        .map(|s| s.id.as_str())
        .chain(card.conversation.helping.iter().map(|p| p.id.as_str()))
        .chain(card.conversation.hindering.iter().map(|p| p.id.as_str()))
        .collect();
    let unique: BTreeSet<&str> = ids.iter().copied().collect();
    if unique.len() != ids.len() {
        return fail(format!("{tag}: duplicate signal or conversation ids"));
    }
    Ok(())
}

/// Every text a user can read, with a path for error messages.
pub(super) fn texts(file: &LocalizedFile) -> Vec<(String, &str)> {
    let card = &file.card;
    let mut out: Vec<(String, &str)> = vec![
        ("title".into(), card.title.as_str()),
        ("subtitle".into(), &card.subtitle),
        ("intro".into(), &card.intro),
        ("signals.heading".into(), &card.signals.heading),
        (
            "signals.also_trafficking".into(),
            &card.signals.also_trafficking,
        ),
        (
            "self_as_perpetrator.heading".into(),
            &card.self_as_perpetrator.heading,
        ),
        ("conversation.heading".into(), &card.conversation.heading),
        (
            "conversation.helping_heading".into(),
            &card.conversation.helping_heading,
        ),
        (
            "conversation.hindering_heading".into(),
            &card.conversation.hindering_heading,
        ),
        (
            "conversation.dont_avoid".into(),
            &card.conversation.dont_avoid,
        ),
        ("coordinator.heading".into(), &card.coordinator.heading),
        ("coordinator.text".into(), &card.coordinator.text),
        ("meldcode.heading".into(), &card.meldcode.heading),
        ("meldcode.subheading".into(), &card.meldcode.subheading),
        ("meldcode.intro".into(), &card.meldcode.intro),
        ("meldcode.step_label".into(), &card.meldcode.step_label),
        (
            "afwegingskader.heading".into(),
            &file.afwegingskader.heading,
        ),
        ("afwegingskader.label".into(), &file.afwegingskader.label),
        (
            "afwegingskader.source".into(),
            &file.afwegingskader.source.name,
        ),
    ];
    out.extend(
        card.signals
            .items
            .iter()
            .map(|s| (format!("signal {}", s.id), s.text.as_str())),
    );
    out.extend(
        card.self_as_perpetrator
            .paragraphs
            .iter()
            .enumerate()
            .map(|(i, p)| (format!("self_as_perpetrator.paragraph {i}"), p.as_str())),
    );
    for point in card
        .conversation
        .helping
        .iter()
        .chain(&card.conversation.hindering)
    {
        out.push((format!("conversation point {}", point.id), &point.text));
    }
    for step in &card.meldcode.steps {
        out.push((format!("step {}", step.number), &step.title));
        if let Some(detail) = &step.detail {
            out.push((format!("step {} detail", step.number), detail));
        }
        for expert in &step.experts {
            out.push((
                format!("step {} expert {}", step.number, expert.id),
                &expert.name,
            ));
        }
    }
    for q in &file.afwegingskader.questions {
        out.push((format!("question {} topic", q.number), &q.topic));
        out.push((format!("question {} text", q.number), &q.text));
        out.push((format!("question {} yes", q.number), &q.if_yes.text));
        out.push((format!("question {} no", q.number), &q.if_no.text));
    }
    for (id, text) in &file.contacts {
        out.push((format!("contact {id} name"), &text.name));
        out.push((format!("contact {id} note"), &text.note));
    }
    out
}

fn check_no_empty_text(file: &LocalizedFile) -> Result<(), ContentError> {
    match texts(file)
        .into_iter()
        .find(|(_, text)| text.trim().is_empty())
    {
        Some((path, _)) => fail(format!("{}: {path} is empty", file.language.tag())),
        None => Ok(()),
    }
}

/// Both languages must have the same items under the same ids, so that a translation
/// can never silently miss a signal or a step.
fn check_aligned(nl: &LocalizedFile, en: &LocalizedFile) -> Result<(), ContentError> {
    let nl_paths: Vec<String> = texts(nl).into_iter().map(|(path, _)| path).collect();
    let en_paths: Vec<String> = texts(en).into_iter().map(|(path, _)| path).collect();
    if nl_paths != en_paths {
        let missing: Vec<_> = nl_paths.iter().filter(|p| !en_paths.contains(p)).collect();
        let extra: Vec<_> = en_paths.iter().filter(|p| !nl_paths.contains(p)).collect();
        return fail(format!(
            "languages differ: missing in en {missing:?}, only in en {extra:?}"
        ));
    }
    let outcome_kinds = |f: &LocalizedFile| -> Vec<_> {
        f.afwegingskader
            .questions
            .iter()
            .map(|q| (q.if_yes.kind, q.if_no.kind))
            .collect()
    };
    let contacts_of = |f: &LocalizedFile| -> Vec<String> {
        let mut refs = vec![f.card.coordinator.contact.0.clone()];
        refs.extend(
            f.card
                .meldcode
                .steps
                .iter()
                .flat_map(|s| s.experts.iter().map(|e| e.contact.0.clone())),
        );
        refs
    };
    if outcome_kinds(nl) != outcome_kinds(en) || contacts_of(nl) != contacts_of(en) {
        return fail("languages differ in outcomes or contact references".into());
    }
    Ok(())
}

fn check_contacts(content: &Content) -> Result<(), ContentError> {
    let known: BTreeSet<&str> = content.contacts.iter().map(|c| c.id.0.as_str()).collect();
    if known.len() != content.contacts.len() {
        return fail("duplicate contact ids".into());
    }
    let card = &content.nl.card;
    let referenced = std::iter::once(&card.coordinator.contact).chain(
        card.meldcode
            .steps
            .iter()
            .flat_map(|s| s.experts.iter().map(|e| &e.contact)),
    );
    for id in referenced {
        if !known.contains(id.0.as_str()) {
            return fail(format!("the card refers to unknown contact {id}"));
        }
    }
    for language in Language::ALL {
        let texts: BTreeSet<&str> = content
            .localized(language)
            .contacts
            .keys()
            .map(String::as_str)
            .collect();
        if texts != known {
            return fail(format!(
                "{}: contact texts do not match the contacts",
                language.tag()
            ));
        }
    }
    Ok(())
}
