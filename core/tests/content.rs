//! The card as data: faithful to the seed, complete in both languages, contacts
//! validated by the phone number library.

use signalenkaart_core::Language;
use signalenkaart_core::content::{Content, ContentError, Dialable, Sources};

const SEED: &str = include_str!("../content/seed/signalenkaart-criminele-uitbuiting.txt");

fn content() -> Content {
    Content::embedded().expect("embedded content is valid")
}

/// Lower case, markdown bold and list dashes removed, whitespace collapsed: the
/// card's typography (capitals, bold, bullets, line breaks) is not its text.
fn normalise(text: &str) -> String {
    text.replace("**", "")
        .lines()
        .map(|line| line.trim().trim_start_matches("- "))
        .collect::<Vec<_>>()
        .join(" ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// The seed with the recorded corrections applied, and the one word the card breaks
/// over lines joined again (recorded as a presentation note).
fn corrected_seed(content: &Content) -> String {
    let mut seed = SEED.replace("MENSEN\n\nHANDEL", "MENSENHANDEL");
    assert!(
        content
            .provenance()
            .presentation
            .iter()
            .any(|p| p.nl.contains("MENSEN HANDEL"))
    );
    for correction in &content.provenance().corrections {
        seed = seed.replace(&correction.original, &correction.corrected);
    }
    seed
}

/// Every Dutch text of the card (not the afwegingskader or contact notes, which are
/// not on it), with the steps as the card prints them ("Stap 1 …").
fn dutch_card_texts(content: &Content) -> Vec<String> {
    let card = content.card(Language::Nl);
    let mut texts = vec![
        card.title.clone(),
        card.subtitle.clone(),
        card.intro.clone(),
        card.signals.heading.clone(),
        card.signals.also_trafficking.clone(),
        card.self_as_perpetrator.heading.clone(),
        card.conversation.heading.clone(),
        card.conversation.helping_heading.clone(),
        card.conversation.hindering_heading.clone(),
        card.conversation.dont_avoid.clone(),
        card.coordinator.heading.clone(),
        card.coordinator.text.clone(),
        card.meldcode.heading.clone(),
        card.meldcode.subheading.clone(),
        card.meldcode.intro.clone(),
    ];
    texts.extend(card.signals.items.iter().map(|s| s.text.clone()));
    texts.extend(card.self_as_perpetrator.paragraphs.iter().cloned());
    texts.extend(card.conversation.helping.iter().map(|p| p.text.clone()));
    texts.extend(card.conversation.hindering.iter().map(|p| p.text.clone()));
    for step in &card.meldcode.steps {
        texts.push(format!(
            "{} {} {}",
            card.meldcode.step_label, step.number, step.title
        ));
        texts.extend(step.detail.clone());
    }
    texts
}

#[test]
fn every_dutch_text_stands_on_the_corrected_card() {
    let content = content();
    let seed = normalise(&corrected_seed(&content));
    for text in dutch_card_texts(&content) {
        assert!(
            seed.contains(&normalise(&text)),
            "not on the card: {text:?}"
        );
    }
}

#[test]
fn every_line_of_the_card_is_in_the_app() {
    let content = content();
    let app = normalise(&dutch_card_texts(&content).join("\n"));
    for line in corrected_seed(&content)
        .lines()
        .map(normalise)
        .filter(|l| !l.is_empty())
    {
        assert!(
            app.contains(&line),
            "card line missing from the app: {line:?}"
        );
    }
}

#[test]
fn the_card_has_its_counts() {
    let content = content();
    for language in Language::ALL {
        let card = content.card(language);
        assert_eq!(card.signals.items.len(), 11, "{language:?}");
        assert_eq!(card.conversation.helping.len(), 9, "{language:?}");
        assert_eq!(card.conversation.hindering.len(), 9, "{language:?}");
        assert_eq!(card.meldcode.steps.len(), 5, "{language:?}");
        assert_eq!(
            content.afwegingskader(language).questions.len(),
            5,
            "{language:?}"
        );
    }
}

#[test]
fn each_correction_fixes_a_typo_that_is_on_the_card() {
    let content = content();
    let dutch = dutch_card_texts(&content).join("\n");
    let corrections = &content.provenance().corrections;
    for correction in corrections {
        assert_eq!(
            SEED.matches(&correction.original).count(),
            correction.occurrences,
            "{:?} on the seed",
            correction.original
        );
        assert!(
            !dutch.contains(&correction.original),
            "{:?} left in the app",
            correction.original
        );
        assert!(
            normalise(&dutch).contains(&normalise(&correction.corrected)),
            "{:?} not in the app",
            correction.corrected
        );
        assert!(!correction.reason.nl.is_empty() && !correction.reason.en.is_empty());
    }
    // The corrections DESIGN.md requires, each recorded.
    for (original, corrected) in [
        ("uitbouter", "uitbuiter"),
        ("SIGNALLEN", "signalen"),
        ("Gemeente interesse", "Gemeende interesse"),
        ("Biedt steun", "Bied steun"),
        ("dreiging..", "dreiging."),
    ] {
        assert!(
            corrections.iter().any(|c| c.original.contains(original)
                && c.corrected
                    .to_lowercase()
                    .contains(&corrected.to_lowercase())),
            "correction {original} -> {corrected} not recorded"
        );
    }
}

#[test]
fn english_translates_every_item_of_the_dutch_card() {
    let content = content();
    let (nl, en) = (content.card(Language::Nl), content.card(Language::En));
    let ids = |card: &signalenkaart_core::content::Card| -> Vec<String> {
        card.signals
            .items
            .iter()
            .map(|s| s.id.clone())
            .chain(card.conversation.helping.iter().map(|p| p.id.clone()))
            .chain(card.conversation.hindering.iter().map(|p| p.id.clone()))
            .chain(
                card.meldcode
                    .steps
                    .iter()
                    .flat_map(|s| s.experts.iter().map(|e| e.id.clone())),
            )
            .collect()
    };
    assert_eq!(ids(nl), ids(en));
    // Translated, not copied: only names of organisations may stay the same.
    let pairs = nl
        .signals
        .items
        .iter()
        .zip(&en.signals.items)
        .map(|(a, b)| (&a.text, &b.text))
        .chain(
            nl.conversation
                .helping
                .iter()
                .zip(&en.conversation.helping)
                .map(|(a, b)| (&a.text, &b.text)),
        )
        .chain(
            nl.conversation
                .hindering
                .iter()
                .zip(&en.conversation.hindering)
                .map(|(a, b)| (&a.text, &b.text)),
        )
        .chain(
            nl.meldcode
                .steps
                .iter()
                .zip(&en.meldcode.steps)
                .map(|(a, b)| (&a.title, &b.title)),
        );
    for (dutch, english) in pairs {
        assert_ne!(dutch, english, "not translated");
    }
    assert_ne!(nl.intro, en.intro);
    assert_ne!(nl.coordinator.text, en.coordinator.text);
}

/// Which embedded source a broken-content case edits.
#[derive(Debug, Clone, Copy)]
enum File {
    Nl,
    En,
    Contacts,
}

/// The embedded sources with one JSON value replaced.
fn with_edit(file: File, path: &[&str], value: serde_json::Value) -> Sources {
    let mut sources = Sources::embedded();
    let json = match file {
        File::Nl => &mut sources.nl,
        File::En => &mut sources.en,
        File::Contacts => &mut sources.contacts,
    };
    let mut root: serde_json::Value = serde_json::from_str(json).expect("json");
    let mut at = &mut root;
    for key in path {
        at = match key.parse::<usize>() {
            Ok(index) => &mut at[index],
            Err(_) => &mut at[*key],
        };
    }
    *at = value;
    *json = root.to_string();
    sources
}

#[test]
fn broken_content_is_refused() {
    let signals_without_the_last: serde_json::Value = {
        let en: serde_json::Value = serde_json::from_str(&Sources::embedded().en).expect("json");
        let mut items = en["card"]["signals"]["items"]
            .as_array()
            .expect("array")
            .clone();
        items.pop();
        items.into()
    };
    let cases: [(&str, File, &[&str], serde_json::Value); 6] = [
        (
            "a missing translation",
            File::En,
            &["card", "signals", "items"],
            signals_without_the_last,
        ),
        (
            "an id renamed in one language",
            File::En,
            &["card", "signals", "items", "0", "id"],
            "other".into(),
        ),
        (
            "an unknown contact (nl)",
            File::Nl,
            &["card", "meldcode", "steps", "1", "experts", "0", "contact"],
            "nobody".into(),
        ),
        (
            "an unknown contact (en)",
            File::En,
            &["card", "meldcode", "steps", "1", "experts", "0", "contact"],
            "nobody".into(),
        ),
        (
            "a malformed number",
            File::Contacts,
            &["contacts", "0", "tel_uri"],
            "tel:call-me".into(),
        ),
        (
            "an empty text",
            File::Nl,
            &["card", "conversation", "helping", "3", "text"],
            " ".into(),
        ),
    ];
    for (what, file, path, value) in cases {
        let sources = with_edit(file, path, value);
        assert!(
            matches!(
                Content::from_sources(&sources),
                Err(ContentError::Structure(_))
            ),
            "{what} was accepted"
        );
    }
    assert!(
        Content::from_sources(&Sources::embedded()).is_ok(),
        "the unedited content loads"
    );
}

#[test]
fn contacts_have_their_e164_form_and_tel_uri() {
    let content = content();
    let expected: [(&str, Option<&str>, &str, &str); 6] = [
        (
            "zorgcoordinator",
            Some("+31135498430"),
            "013 549 8430",
            "tel:+31135498430",
        ),
        (
            "veilig_thuis",
            Some("+318002000"),
            "0800 2000",
            "tel:08002000",
        ),
        ("politie", Some("+319008844"), "0900 8844", "tel:09008844"),
        ("alarmnummer", None, "112", "tel:112"),
        (
            "meld_misdaad_anoniem",
            Some("+318007000"),
            "0800 7000",
            "tel:08007000",
        ),
        (
            "comensha",
            Some("+31334481186"),
            "033 448 1186",
            "tel:+31334481186",
        ),
    ];
    for (id, e164, display, tel_uri) in expected {
        let contact = content
            .contact(id)
            .unwrap_or_else(|| panic!("{id} missing"));
        let number = contact
            .number
            .as_ref()
            .unwrap_or_else(|| panic!("{id} has no number"));
        assert_eq!(number.e164(), e164, "{id}");
        assert_eq!(number.display(), display, "{id}");
        assert_eq!(number.tel_uri(), tel_uri, "{id}");
    }
    assert_eq!(
        content.contacts().len(),
        expected.len() + 1,
        "a contact without a test row"
    );
}

#[test]
fn stored_numbers_are_what_the_phone_number_library_makes_of_them() {
    for contact in content().contacts() {
        contact.verify_number().unwrap_or_else(|e| panic!("{e}"));
    }
}

#[test]
fn sterk_huis_has_no_made_up_number() {
    let content = content();
    let sterk_huis = content.contact("sterk_huis").expect("named on the card");
    assert_eq!(sterk_huis.number, None);
    assert_eq!(
        sterk_huis.source.url.as_deref(),
        Some("https://www.sterkhuis.nl")
    );
}

#[test]
fn only_112_is_an_emergency_short_number() {
    let content = content();
    let emergency: Vec<_> = content
        .contacts()
        .iter()
        .filter(|c| c.number == Some(Dialable::Emergency112))
        .map(|c| c.id.0.as_str())
        .collect();
    assert_eq!(emergency, ["alarmnummer"]);
}

#[test]
fn every_contact_has_a_source_a_date_and_text_in_every_language() {
    let content = content();
    let verified = chrono::NaiveDate::from_ymd_opt(2026, 11, 28).expect("date");
    for contact in content.contacts() {
        assert!(!contact.source.name.is_empty(), "{}", contact.id);
        assert_eq!(contact.source.verified_on, verified, "{}", contact.id);
        for language in Language::ALL {
            let text = content.contact_text(language, &contact.id.0).expect("text");
            assert!(
                !text.name.is_empty() && !text.note.is_empty(),
                "{} {language:?}",
                contact.id
            );
        }
    }
}

#[test]
fn the_card_points_to_the_zorgcoordinator_number_it_prints() {
    let content = content();
    let card = content.card(Language::Nl);
    let contact = content
        .contact(&card.coordinator.contact.0)
        .expect("coordinator contact");
    let number = contact.number.as_ref().expect("number");
    assert!(card.coordinator.text.contains(number.display()));
    assert!(SEED.contains(number.display()));
}

#[test]
fn experts_at_step_two_are_the_ones_the_card_names() {
    let content = content();
    let step = &content.card(Language::Nl).meldcode.steps[1];
    let names: Vec<&str> = step.experts.iter().map(|e| e.name.as_str()).collect();
    assert_eq!(
        names,
        [
            "de zorgcoördinator mensenhandel",
            "Sterk Huis (project RUPS)",
            "Veilig Thuis",
            "Politie (AVIM)"
        ]
    );
    for expert in &step.experts {
        assert!(
            step.detail
                .as_deref()
                .unwrap_or_default()
                .contains(&expert.name),
            "{}",
            expert.name
        );
    }
}

#[test]
fn afwegingskader_is_labelled_with_its_source_and_leaves_the_decision_to_the_professional() {
    let content = content();
    for language in Language::ALL {
        let kader = content.afwegingskader(language);
        assert!(
            kader
                .source
                .url
                .as_deref()
                .is_some_and(|u| u.starts_with("https://"))
        );
        assert!(kader.label.contains("2019"), "{language:?}");
        // Question 2, acute or structural unsafety: "yes" leads to a report.
        assert_eq!(
            kader.questions[1].if_yes.kind,
            signalenkaart_core::content::OutcomeKind::Report
        );
        assert!(kader.questions[1].if_yes.text.contains("Veilig Thuis"));
    }
}

#[test]
fn provenance_names_the_card_and_a_version() {
    let provenance = content().provenance().clone();
    assert!(
        provenance
            .source_document
            .contains("Signalenkaart voor professionals")
    );
    assert!(!provenance.content_version.is_empty());
    assert!(provenance.corrections.len() >= 5);
    assert!(!provenance.presentation.is_empty());
}
