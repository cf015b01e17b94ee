//! The card as data: faithful to the seed, complete in both languages, contacts
//! validated by the phone number library.

use signalenkaart_core::Language;
use signalenkaart_core::app::Destination;
use signalenkaart_core::content::{Content, ContentError, Dialable, Sources};

mod support;

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
    Provenance,
}

/// The embedded sources with one JSON value replaced.
fn with_edit(file: File, path: &[&str], value: serde_json::Value) -> Sources {
    let mut sources = Sources::embedded();
    let json = match file {
        File::Nl => &mut sources.nl,
        File::En => &mut sources.en,
        File::Contacts => &mut sources.contacts,
        File::Provenance => &mut sources.provenance,
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
    let cases: [(&str, File, &[&str], serde_json::Value); 10] = [
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
        (
            "a public number said to be from the card",
            File::Contacts,
            &["contacts", "1", "source"],
            serde_json::json!({"name": "Veilig Thuis", "url": null, "from_card": true}),
        ),
        (
            "the card's number with a check date as well",
            File::Contacts,
            &["contacts", "0", "source", "verified_on"],
            "2026-11-28".into(),
        ),
        (
            "a fact not on the card without a source",
            File::Provenance,
            &["facts", "0", "sources"],
            serde_json::json!([]),
        ),
        (
            "a fact shown with an unknown contact",
            File::Provenance,
            &["facts", "1", "shown_with", "1"],
            serde_json::json!({"contact": "nobody"}),
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
    // Veilig Thuis's number, read again in the national source.
    let national = chrono::NaiveDate::from_ymd_opt(2026, 12, 7).expect("date");
    for contact in content.contacts() {
        assert!(!contact.source.name.is_empty(), "{}", contact.id);
        // The card's own number is from the card, with no check date; every other
        // number was checked against its public source.
        if contact.id.0 == "zorgcoordinator" {
            assert!(contact.source.from_card, "{}", contact.id);
            assert_eq!(contact.source.verified_on, None, "{}", contact.id);
        } else {
            assert!(!contact.source.from_card, "{}", contact.id);
            let date = if contact.id.0 == "veilig_thuis" {
                national
            } else {
                verified
            };
            assert_eq!(contact.source.verified_on, Some(date), "{}", contact.id);
        }
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
        // Since when an afwegingskader is mandatory is said once, with the own
        // profession's framework shown beside the label.
        let own = content
            .provenance()
            .facts
            .iter()
            .find(|f| f.id == "own_afwegingskader")
            .expect("the own profession's framework");
        assert!(own.text.get(language).contains("2019"), "{language:?}");
        assert!(!kader.label.contains("2019"), "{language:?}");
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
    for language in Language::ALL {
        assert!(
            provenance
                .source_document
                .get(language)
                .contains("Signalenkaart voor professionals")
        );
    }
    assert!(!provenance.content_version.is_empty());
    assert!(provenance.corrections.len() >= 5);
    assert!(!provenance.presentation.is_empty());
}

// ---------------------------------------------------------------------------------
// The card's text as the app shows it: the screens that print content and provenance.

mod shown {
    use chrono::{TimeZone, Utc};
    use signalenkaart_core::Language;
    use signalenkaart_core::app::{Destination, Event, Screen, ViewModel};

    use crate::support::app::{AppHarness, cet};

    /// A freshly installed app in `language`, discreet or not.
    pub struct Shown {
        h: AppHarness,
    }

    impl Shown {
        /// Started on 1 December 2026, 14:00 CET, discreet mode set as asked.
        pub fn new(language: Language, discreet: bool) -> Self {
            let mut h = AppHarness::builder()
                .language(language)
                .at(Utc
                    .with_ymd_and_hms(2026, 12, 1, 13, 0, 0)
                    .single()
                    .expect("time"))
                .offset(cet())
                .start();
            h.set(Event::SetDiscreet { enabled: discreet });
            Self { h }
        }

        /// Opens `destination` from home; its view.
        pub fn open(&mut self, destination: Destination) -> ViewModel {
            self.h.send(Event::OpenHome);
            self.h.send(Event::Open { destination }).view
        }
    }

    pub fn about(language: Language, discreet: bool) -> signalenkaart_core::app::AboutView {
        match Shown::new(language, discreet)
            .open(Destination::About)
            .screen
        {
            Screen::About { view } => view,
            other => panic!("about, got {other:?}"),
        }
    }

    pub fn contacts(
        language: Language,
        discreet: bool,
    ) -> Vec<signalenkaart_core::app::ContactView> {
        match Shown::new(language, discreet)
            .open(Destination::Contacts)
            .screen
        {
            Screen::Contacts { view } => view.items,
            other => panic!("contacts, got {other:?}"),
        }
    }

    pub fn meldcode(language: Language, discreet: bool) -> signalenkaart_core::app::MeldcodeView {
        match Shown::new(language, discreet)
            .open(Destination::Meldcode)
            .screen
        {
            Screen::Meldcode { view } => view,
            other => panic!("meldcode, got {other:?}"),
        }
    }

    pub fn afweging(language: Language, discreet: bool) -> signalenkaart_core::app::AfwegingView {
        match Shown::new(language, discreet)
            .open(Destination::Afwegingskader)
            .screen
        {
            Screen::Afwegingskader { view } => view,
            other => panic!("afwegingskader, got {other:?}"),
        }
    }

    /// The sources of `destination`'s screen as its "Bronnen" line opens them: closed
    /// until tapped, then every line.
    pub fn sources(language: Language, discreet: bool, destination: Destination) -> Vec<String> {
        let mut shown = Shown::new(language, discreet);
        let sources = |view: &ViewModel| match &view.screen {
            Screen::Contacts { view } => view.sources.clone(),
            Screen::Meldcode { view } => view.sources.clone(),
            Screen::Afwegingskader { view } => view.sources.clone(),
            other => panic!("a screen with sources, got {other:?}"),
        };
        let closed = sources(&shown.open(destination)).expect("a Bronnen line");
        assert!(closed.lines.is_empty(), "closed until tapped");
        let open = shown.h.send(closed.toggle.event).view;
        sources(&open).expect("a Bronnen line").lines
    }
}

/// The date every source added on 1 December 2026 was checked, as the app prints it.
/// "gecontroleerd op 07-12-2026" as the About screen says a source's date.
fn checked_on(language: Language, on: chrono::NaiveDate) -> String {
    match language {
        Language::Nl => format!("gecontroleerd op {}", on.format("%d-%m-%Y")),
        Language::En => format!("checked on {}", on.format("%d/%m/%Y")),
    }
}

fn checked_on_1_december(language: Language) -> &'static str {
    match language {
        Language::Nl => "gecontroleerd op 01-12-2026",
        Language::En => "checked on 01/12/2026",
    }
}

/// Dutch and English texts of the card as the content holds them, for translation notes.
fn card_texts(content: &Content, language: Language) -> String {
    let card = content.card(language);
    let mut texts = vec![card.intro.clone()];
    texts.extend(card.signals.items.iter().map(|s| s.text.clone()));
    texts.extend(card.self_as_perpetrator.paragraphs.iter().cloned());
    texts.extend(card.conversation.helping.iter().map(|p| p.text.clone()));
    texts.extend(card.conversation.hindering.iter().map(|p| p.text.clone()));
    texts.extend(card.meldcode.steps.iter().map(|s| s.title.clone()));
    texts.join("\n")
}

#[test]
fn the_doubled_full_stop_is_called_a_full_stop_and_reads_well_on_about() {
    let content = content();
    let stop = content
        .provenance()
        .corrections
        .iter()
        .find(|c| c.original.ends_with(".."))
        .expect("the doubled full stop is recorded");
    // "Dubbele punt" is a colon in Dutch.
    assert!(
        !stop.reason.nl.to_lowercase().contains("dubbele punt"),
        "{}",
        stop.reason.nl
    );
    assert!(stop.reason.nl.contains("Punt dubbel"), "{}", stop.reason.nl);
    for language in Language::ALL {
        let about = shown::about(language, false);
        for line in &about.corrections {
            // A correction ending in a full stop must not run into the reason's colon.
            assert!(!line.contains(".:"), "{line}");
            assert!(!line.contains(".’:"), "{line}");
        }
    }
    let nl = shown::about(Language::Nl, false);
    assert!(
        nl.corrections.iter().any(|l| l
            == "‘fysieke dreiging..’ → ‘fysieke dreiging.’ — Punt dubbel getypt aan het eind van de zin; de kaart sluit haar andere zinnen af met één punt."),
        "{:#?}",
        nl.corrections
    );
}

#[test]
fn what_the_english_adds_to_the_card_is_recorded_as_a_translation_choice() {
    let content = content();
    let notes = &content.provenance().translation;
    let (nl, en) = (
        card_texts(&content, Language::Nl),
        card_texts(&content, Language::En),
    );
    for note in notes {
        assert!(
            nl.contains(&note.nl),
            "not on the Dutch card: {:?}",
            note.nl
        );
        assert!(en.contains(&note.en), "not in the English: {:?}", note.en);
        assert!(!note.note.nl.is_empty() && !note.note.en.is_empty());
    }
    // The card: "Ga een zo waardenvrij gesprek aan" (no "mogelijk"); the English says
    // "as possible". The Dutch stays as printed, the addition is recorded.
    let dutch = &content.card(Language::Nl).self_as_perpetrator.paragraphs[1];
    let english = &content.card(Language::En).self_as_perpetrator.paragraphs[1];
    assert!(
        dutch.ends_with("Ga een zo waardenvrij gesprek aan"),
        "{dutch}"
    );
    assert!(english.contains("as possible"), "{english}");
    let recorded = notes
        .iter()
        .find(|n| n.nl == "Ga een zo waardenvrij gesprek aan")
        .expect("the addition is recorded");
    assert!(english.contains(&recorded.en));
    assert!(recorded.note.en.contains("as possible") && recorded.note.nl.contains("as possible"));
    // And shown on the About screen.
    for language in Language::ALL {
        let about = shown::about(language, false);
        assert!(
            about
                .presentation
                .iter()
                .any(|p| p.contains("Ga een zo waardenvrij gesprek aan")
                    && p.contains("as possible")),
            "{language:?}: {:#?}",
            about.presentation
        );
    }
}

/// The five afwegingen as the cited page words them (nji.nl, read on 1 December 2026):
/// question, "Ja", "Nee".
const NJI_AFWEGINGEN: [(&str, &str, &str, &str); 5] = [
    (
        "Vermoeden",
        "Heb ik op basis van de stappen 1 tot en met 4 van de meldcode een vermoeden van (dreiging van) huiselijk geweld en/of kindermishandeling?",
        "Ga verder met afweging 2.",
        "Afsluiten en vastleggen in dossier",
    ),
    (
        "Acute of structurele onveiligheid",
        "Schat ik op basis van de stappen 1 tot en met 4 van de meldcode in dat er sprake is van acute onveiligheid en/of structurele onveiligheid?",
        "Melden bij Veilig Thuis. De afwegingen 3 tot en met 5 worden samen met Veilig Thuis doorlopen.",
        "Ga verder met afweging 3",
    ),
    (
        "Zelf hulp bieden of organiseren",
        "Ben ik in staat effectieve hulp te bieden of organiseren om dreiging van (toekomstig) huiselijk geweld en/of kindermishandeling af te wenden?",
        "Ga verder met afweging 4.",
        "Melden bij Veilig Thuis",
    ),
    (
        "Aanvaarden van hulp",
        "Aanvaarden de betrokkenen hulp om dreiging van (toekomstig) huiselijk geweld en/of kindermishandeling af te wenden en zijn zij bereid zich hiervoor in te zetten?",
        "Hulp bieden of organiseren, ga verder met afweging 5.",
        "Melden bij Veilig Thuis",
    ),
    (
        "Gewenst resultaat",
        "Leidt de hulp binnen de gewenste termijn tot de noodzakelijke resultaten ten aanzien van de veiligheid en/of het welzijn (herstel) van alle betrokkenen?",
        "hulp afsluiten met afspraken over het volgen van toekomstige (on)veiligheid met betrokkenen en samenwerkingspartners.",
        "(Opnieuw) melden bij Veilig Thuis.",
    ),
];

#[test]
fn afwegingskader_quotes_the_page_it_cites_word_for_word() {
    let content = content();
    let kader = content.afwegingskader(Language::Nl);
    assert_eq!(
        kader.source.url.as_deref(),
        Some("https://www.nji.nl/kindermishandeling/afwegingskader-meldcode")
    );
    assert_eq!(
        kader.source.verified_on,
        chrono::NaiveDate::from_ymd_opt(2026, 12, 1)
    );
    for (question, (topic, text, yes, no)) in kader.questions.iter().zip(NJI_AFWEGINGEN) {
        assert_eq!(question.topic, topic);
        assert_eq!(question.text, text, "question {}", question.number);
        assert_eq!(
            question.if_yes.text, yes,
            "question {} yes",
            question.number
        );
        assert_eq!(question.if_no.text, no, "question {} no", question.number);
    }
    // The label says so; the English says it is a translation of that wording.
    assert!(kader.label.contains("letterlijk"), "{}", kader.label);
    let english = content.afwegingskader(Language::En);
    assert!(english.label.contains("translated"), "{}", english.label);
    assert_eq!(english.source.url, kader.source.url);
    assert_eq!(english.source.verified_on, kader.source.verified_on);
}

#[test]
fn the_cards_own_number_says_it_is_from_the_card_not_checked() {
    for (language, from_card) in [
        (Language::Nl, "Van de kaart (overgenomen op 28-11-2026)"),
        (Language::En, "From the card (transcribed on 28/11/2026)"),
    ] {
        for discreet in [false, true] {
            let contacts = shown::contacts(language, discreet);
            let card = contacts
                .iter()
                .find(|c| {
                    c.number
                        .as_deref()
                        .is_some_and(|n| n.starts_with("013 549 8430"))
                })
                .expect("the card's number");
            let sources = shown::sources(language, discreet, Destination::Contacts);
            let line = |name: &str| {
                sources
                    .iter()
                    .find(|s| s.starts_with(&format!("{name}: ")))
                    .unwrap_or_else(|| panic!("{name} in {sources:#?}"))
                    .clone()
            };
            assert_eq!(
                line(&card.name),
                format!("{}: {from_card}", card.name),
                "{language:?} discreet {discreet}"
            );
            // Every other number was checked against its public source.
            for other in contacts
                .iter()
                .filter(|c| c.number.is_some() && c.name != card.name)
            {
                let checked = match language {
                    Language::Nl => "gecontroleerd op",
                    Language::En => "checked on",
                };
                let source = line(&other.name);
                assert!(
                    source.contains(checked) || source.contains("discre"),
                    "{source}"
                );
            }
        }
        let about = shown::about(language, false);
        assert!(
            about.sources.iter().any(|s| s.ends_with(from_card)),
            "{:#?}",
            about.sources
        );
    }
}

#[test]
fn spelling_policy_keeps_the_cards_forms_except_evident_typos_and_records_each() {
    let content = content();
    let provenance = content.provenance();
    let dutch = dutch_card_texts(&content).join("\n");
    for kept in &provenance.kept {
        assert_eq!(
            SEED.matches(&kept.text).count(),
            kept.occurrences,
            "{:?} on the seed",
            kept.text
        );
        assert!(
            dutch.contains(&kept.text),
            "{:?} not as on the card",
            kept.text
        );
        assert!(!kept.reason.nl.is_empty() && !kept.reason.en.is_empty());
        assert!(
            !provenance
                .corrections
                .iter()
                .any(|c| c.original.contains(&kept.text) || kept.text.contains(&c.original)),
            "{:?} both kept and corrected",
            kept.text
        );
    }
    // Each spaced form of the card is decided once: kept as printed or corrected.
    for spaced in ["standaard methoden", "er bij", "ZORG COÖRDINATOR"] {
        let kept = provenance.kept.iter().any(|k| k.text.contains(spaced));
        let corrected = provenance
            .corrections
            .iter()
            .any(|c| c.original.contains(spaced));
        assert!(
            kept != corrected,
            "{spaced}: kept {kept}, corrected {corrected}"
        );
    }
    // The one spaced form corrected is an evident typo by the policy: the card itself
    // writes the word joined.
    assert!(SEED.matches("zorgcoördinator").count() >= 2);
    assert!(!provenance.spelling_policy.nl.is_empty() && !provenance.spelling_policy.en.is_empty());
    // About lists the kept forms with the corrections, and states the policy.
    for language in Language::ALL {
        let about = shown::about(language, false);
        for kept in &provenance.kept {
            assert!(
                about.corrections.iter().any(|l| l.contains(&kept.text)),
                "{language:?}: {:?} not on About",
                kept.text
            );
        }
        assert!(
            about
                .presentation
                .contains(&provenance.spelling_policy.get(language).to_owned())
        );
    }
}

#[test]
fn the_meldcode_screen_shows_the_cards_subheading() {
    let content = content();
    for language in Language::ALL {
        let meldcode = &content.card(language).meldcode;
        let view = shown::meldcode(language, false);
        let intro = view.intro.expect("intro");
        let mut paragraphs = intro.split("\n\n");
        assert_eq!(paragraphs.next(), Some(meldcode.subheading.as_str()));
        assert_eq!(paragraphs.next(), Some(meldcode.intro.as_str()));
        // Discreet mode keeps the subject off the screen.
        let discreet = shown::meldcode(language, true);
        let shown = discreet.intro.unwrap_or_default().to_lowercase();
        assert!(
            !shown.contains("uitbuit") && !shown.contains("exploit"),
            "{shown}"
        );
    }
}

#[test]
fn interface_strings_read_naturally() {
    use signalenkaart_core::Texts;
    use signalenkaart_core::content::PhoneNumber;
    let texts = Texts::embedded().expect("locales");
    for language in Language::ALL {
        let t = |id: &str| texts.get(language, id);
        // The placeholder shows the shape of a number, and is none.
        let placeholder = t("settings-coordinator-number-placeholder");
        assert!(PhoneNumber::parse(&placeholder).is_err(), "{placeholder}");
        assert!(
            placeholder.chars().filter(char::is_ascii_digit).count() <= 1,
            "{placeholder}"
        );
        // The phone library knows a number's shape, not whether it exists.
        let not_in_plan = t("error-phone-not-in-plan").to_lowercase();
        assert!(
            !not_in_plan.contains("bestaat niet") && !not_in_plan.contains("does not exist"),
            "{not_in_plan}"
        );
        // Said once, in words a user reads.
        let retention = t("settings-retention");
        assert!(
            !retention.ends_with(" na") && !retention.ends_with(" after"),
            "{retention}"
        );
        assert!(!t("contact-no-number").contains("er is er geen"));
        assert!(!t("confirm-wipe-text").contains("as new afterwards"));
    }
    // "Unsafety" is not English; neither the content nor the interface says it.
    let english = [
        include_str!("../content/en.json"),
        include_str!("../locales/en.ftl"),
    ];
    for source in english {
        assert!(!source.to_lowercase().contains("unsafety"));
    }
}

#[test]
fn the_pin_pads_backspace_is_short_and_spoken_as_what_it_does() {
    use signalenkaart_core::Texts;
    use signalenkaart_core::app::Destination;
    let texts = Texts::embedded().expect("locales");
    for (language, spoken) in [
        (Language::Nl, "Laatste cijfer wissen"),
        (Language::En, "Delete last digit"),
    ] {
        let mut app = shown::Shown::new(language, false);
        let view = app.open(Destination::Cases);
        let signalenkaart_core::app::Screen::Pin { view: pin } = view.screen else {
            panic!("the cases ask for a PIN first, got {:?}", view.screen)
        };
        let backspace = &pin.keys[9];
        assert!(matches!(
            backspace.event,
            signalenkaart_core::app::Event::PinBackspace
        ));
        assert_eq!(backspace.accessibility_label, spoken);
        assert!(backspace.label.chars().count() <= 2, "{}", backspace.label);
        let wipe = texts.get(language, "action-wipe");
        assert!(!wipe.contains(&backspace.label) && backspace.label != wipe);
    }
}

#[test]
fn the_about_screen_speaks_the_users_language() {
    let nl = shown::about(Language::Nl, false);
    let en = shown::about(Language::En, false);
    for line in &nl.facts {
        for english in ["paper card", "transcription", "seed/"] {
            assert!(!line.contains(english), "{line}");
        }
    }
    assert_ne!(nl.facts[1], en.facts[1]);
}

#[test]
fn every_fact_not_on_the_card_has_dated_sources_and_a_place() {
    let content = content();
    // Every source was read when its fact was recorded: from the first check of the
    // sources (1 December 2026) to this (7 December 2026).
    let first = chrono::NaiveDate::from_ymd_opt(2026, 12, 1);
    let last = chrono::NaiveDate::from_ymd_opt(2026, 12, 7);
    let facts = &content.provenance().facts;
    for id in [
        "own_afwegingskader",
        "veilig_thuis_advice",
        "regional_coordinators",
        "call_history",
        "note_kinds",
    ] {
        assert!(facts.iter().any(|f| f.id == id), "{id} missing");
    }
    for fact in facts {
        assert!(!fact.sources.is_empty(), "{}", fact.id);
        for source in &fact.sources {
            assert!(
                source.verified_on.is_some() && (first..=last).contains(&source.verified_on),
                "{}: {:?}",
                fact.id,
                source.verified_on
            );
            assert!(!source.from_card);
            assert!(
                source
                    .url
                    .as_deref()
                    .is_some_and(|u| u.starts_with("https://")),
                "{}",
                fact.id
            );
        }
        assert!(!fact.shown_with.is_empty());
    }
    // Every fact is listed with its sources on the About screen.
    for language in Language::ALL {
        let about = shown::about(language, false);
        for fact in facts {
            assert!(
                about
                    .sources
                    .iter()
                    .any(|s| s.starts_with(fact.topic.get(language))
                        && fact.sources.iter().all(|source| {
                            source
                                .verified_on
                                .is_some_and(|on| s.contains(&checked_on(language, on)))
                        })),
                "{language:?} {}: {:#?}",
                fact.id,
                about.sources
            );
        }
    }
}

#[test]
fn the_own_professions_framework_is_shown_with_the_afwegingskader() {
    for language in Language::ALL {
        let view = shown::afweging(language, false);
        let label = view.label.expect("the label, outside discreet mode");
        assert!(label.contains("KNMG") && label.contains("V&VN"), "{label}");
        let source = shown::sources(language, false, Destination::Afwegingskader).join("\n");
        assert!(source.contains("https://www.rijksoverheid.nl/"), "{source}");
        assert!(
            source.contains("https://knmg-meldcode.maglr.com/"),
            "{source}"
        );
        assert!(source.contains(checked_on_1_december(language)), "{source}");
    }
}

#[test]
fn veilig_thuis_advice_at_any_step_is_shown_with_its_source() {
    for (language, words) in [
        (Language::Nl, "bij elke stap"),
        (Language::En, "at any step"),
    ] {
        let contacts = shown::contacts(language, false);
        let veilig_thuis = contacts
            .iter()
            .find(|c| c.name == "Veilig Thuis")
            .expect("Veilig Thuis");
        let note = veilig_thuis.note.as_deref().unwrap_or_default();
        assert!(note.contains(words), "{note}");
        for destination in [Destination::Contacts, Destination::Meldcode] {
            let sources = shown::sources(language, false, destination).join("\n");
            assert!(
                sources.contains("https://www.augeo.nl/nl-nl/themas/meldcode/veilig-thuis/")
                    && sources.contains(checked_on_1_december(language)),
                "{destination:?}: {sources}"
            );
        }
        // The advice stands in the text; its source only behind "Bronnen".
        let meldcode = shown::meldcode(language, false).intro.expect("intro");
        assert!(
            meldcode.contains(words) && !meldcode.contains("augeo.nl"),
            "{meldcode}"
        );
        // Discreet mode: the advice names Veilig Thuis, so it waits behind "Tekst tonen".
        let discreet = shown::meldcode(language, true).intro.unwrap_or_default();
        assert!(!discreet.contains(words), "{discreet}");
    }
}

#[test]
fn where_to_find_the_own_regions_coordinator_is_an_address_not_a_list_of_numbers() {
    for language in Language::ALL {
        let contacts = shown::contacts(language, false);
        let card = contacts
            .iter()
            .find(|c| {
                c.number
                    .as_deref()
                    .is_some_and(|n| n.starts_with("013 549 8430"))
            })
            .expect("the card's coordinator");
        let note = card.note.as_deref().unwrap_or_default();
        assert!(note.contains("Wegwijzer mensenhandel"), "{note}");
        let sources = shown::sources(language, false, Destination::Contacts).join("\n");
        assert!(sources.contains(
            "https://www.wegwijzermensenhandel.nl/Zorgcoordinatoren/Zorgcoordinatoren.aspx"
        ));
        assert!(sources.contains("https://www.comensha.nl/"));
        // No copied numbers, and no region read into the card's area code: the card
        // names none and no source confirms one.
        let digits: String = note.chars().filter(char::is_ascii_digit).collect();
        assert_eq!(digits, "", "{note}");
        assert!(
            !note.contains("Midden-Brabant") && !note.contains("Tilburg"),
            "{note}"
        );
    }
}

#[test]
fn the_contacts_screen_says_a_call_stays_in_the_call_history() {
    for (language, history, label) in [
        (Language::Nl, "belgeschiedenis", "Opmerking van deze app"),
        (Language::En, "call history", "A note from this app"),
    ] {
        for discreet in [false, true] {
            let contacts = shown::contacts(language, discreet);
            let note = contacts
                .iter()
                .find(|c| c.note.as_deref().is_some_and(|n| n.contains(history)))
                .expect("the call-history note");
            assert!(note.call.is_none() && note.number.is_none());
            // Its developer documentation is listed on About, not on a working screen.
            let sources = shown::sources(language, discreet, Destination::Contacts).join("\n");
            assert!(!sources.contains("developer.android.com"), "{sources}");
        }
        let about = shown::about(language, false).sources.join("\n");
        assert!(about.contains(label), "{about}");
        assert!(about.contains("https://developer.android.com/"), "{about}");
    }
}
