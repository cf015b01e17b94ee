//! The public card's screens: home, signals, conversation, meldcode, afwegingskader,
//! contacts, about.
//!
//! Shells render each view's fields in the order they are declared here, which is the
//! card's order. The title bar says what a screen is; no view repeats it. In discreet
//! mode a text that would say what the app is about is left out (one a screen cannot do
//! without, a step's title, reads "Tekst verborgen") and the view's `show_text` button
//! sends `Event::ShowText` to show it, until the user leaves the screen.

use serde::Serialize;

use super::{Button, CheckRow, ChoiceGroup, Row, SourcesView, TextLine};

/// The home screen: the sections first, the card's introduction below them on request.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct HomeView {
    /// The sections to open.
    pub sections: Vec<Row>,
    /// The card's opening paragraph, once the user opened it with `show_text`.
    pub intro: Option<String>,
    /// Opens the introduction: "Inleiding lezen", in discreet mode "Tekst tonen".
    /// `null` once it is open.
    pub show_text: Option<Button>,
    /// Opens the question whose zorgcoördinator to call, until the user opened it once;
    /// `null` after.
    pub coordinator_question: Option<Button>,
}

/// The signals checklist, in the card's order: the signals (under the card's heading,
/// which the title bar shows), "Dit is ook mensenhandel", the card's heading again and
/// under it the text on victims who see themselves as offenders, then the app's buttons.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct SignalsView {
    /// The case the ticks belong to; `null` for the quick, unsaved checklist.
    pub case_label: Option<String>,
    /// Explains what ticking does here (unsaved, or saved in the case).
    pub hint: String,
    /// E.g. "3 signalen" (a count, never a score).
    pub count: String,
    /// The eleven signals.
    pub items: Vec<CheckRow>,
    /// "Dit is ook mensenhandel", bold on the card (held back in discreet mode).
    pub banner: Option<String>,
    /// The card's second heading, "Mogelijke signalen van criminele uitbuiting", above
    /// the paragraphs on victims who see themselves as offenders (neutral in discreet
    /// mode); `null` while those paragraphs are held back.
    pub perpetrator_heading: Option<TextLine>,
    /// The card's paragraphs on victims who see themselves as offenders (held back in
    /// discreet mode).
    pub perpetrator_text: Vec<String>,
    /// "Tekst tonen": shows what discreet mode holds back here.
    pub show_text: Option<Button>,
    /// Save the quick checklist into a case.
    pub save: Option<Button>,
    /// Clear the quick checklist.
    pub clear: Option<Button>,
}

/// What helps and hinders the conversation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct ConversationView {
    /// "Bevorderend".
    pub helping_heading: TextLine,
    /// The helping points.
    pub helping: Vec<String>,
    /// "Belemmerend".
    pub hindering_heading: TextLine,
    /// The hindering points (in discreet mode without those that say what the app is
    /// about).
    pub hindering: Vec<String>,
    /// "Ga een gesprek … niet uit de weg!" (held back in discreet mode).
    pub closing: Option<String>,
    /// "Tekst tonen": shows what discreet mode holds back here.
    pub show_text: Option<Button>,
}

/// The meldcode's steps.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct MeldcodeView {
    /// The case whose progress is shown; `null` to read the steps.
    pub case_label: Option<String>,
    /// "Handel volgens de meldcode …" (held back in discreet mode).
    pub intro: Option<String>,
    /// The five steps in the card's order.
    pub steps: Vec<StepView>,
    /// "Tekst tonen": shows what discreet mode holds back here.
    pub show_text: Option<Button>,
    /// Where the text beside the card's comes from, behind one "Bronnen" line.
    pub sources: Option<SourcesView>,
    /// Opens the afwegingskader (for the case, if there is one).
    pub afweging: Button,
}

/// One meldcode step.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct StepView {
    /// 1 to 5.
    pub number: u8,
    /// "Stap 1".
    pub label: String,
    /// The card's words (a neutral placeholder while discreet mode holds them back).
    pub title: String,
    /// Further text, where the card has it (held back in discreet mode if revealing).
    pub detail: Option<String>,
    /// The experts the card names here.
    pub experts: Vec<ExpertView>,
    /// The step's status in the case, with the choices; `null` without a case.
    pub status: Option<ChoiceGroup>,
    /// When the status last changed, in the case.
    pub changed: Option<String>,
    /// What the case records at this step, one entry a line: whom was consulted (at the
    /// reporting step: reported to) and when, the advice in the professional's words,
    /// how far the afwegingskader's answers carry the weging. Empty without a case.
    pub log: Vec<String>,
    /// Opens the one-line editor for the advice received, at a step where the card
    /// names someone to consult; `null` without a case or at other steps.
    pub edit_advice: Option<Button>,
}

/// An expert named at a step.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct ExpertView {
    /// The name (neutral in discreet mode).
    pub name: String,
    /// Calls the expert, where a number is known.
    pub call: Option<Button>,
    /// Says why there is no number, where none is known.
    pub no_number: Option<String>,
    /// Marks the expert consulted in the case; `null` without a case.
    pub consulted: Option<CheckRow>,
}

/// The afwegingskader.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct AfwegingView {
    /// The case the answers belong to; `null` to read the questions.
    pub case_label: Option<String>,
    /// Says what this is, where it comes from and that the professional decides (held
    /// back in discreet mode: it names the card).
    pub label: Option<String>,
    /// "Tekst tonen": shows what discreet mode holds back here.
    pub show_text: Option<Button>,
    /// Where the framework and the text with it come from, behind one "Bronnen" line.
    pub sources: Option<SourcesView>,
    /// The questions on the path the answers lead along (all five without a case).
    pub questions: Vec<QuestionView>,
    /// What the meldcode says at the end of the path, if the answers reach one.
    pub conclusion: Option<String>,
    /// Calls Veilig Thuis, where that end is reporting.
    pub report_call: Option<Button>,
}

/// One afwegingskader question.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct QuestionView {
    /// 1 to 5.
    pub number: u8,
    /// "Afweging 1": the name the meldcode's answers use ("Ga verder met afweging 2").
    pub label: String,
    /// A short name.
    pub topic: String,
    /// The question.
    pub text: String,
    /// What the meldcode says follows from "yes".
    pub if_yes: String,
    /// What the meldcode says follows from "no".
    pub if_no: String,
    /// The professional's answer with its time, in the case.
    pub answer: Option<String>,
    /// The yes/no/clear choice, in the case.
    pub choices: Option<ChoiceGroup>,
}

/// All contacts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct ContactsView {
    /// The contacts: the own coordinator first, if set.
    pub items: Vec<ContactView>,
    /// "Tekst tonen": shows what discreet mode holds back here.
    pub show_text: Option<Button>,
    /// Where each number and note comes from, behind one "Bronnen" line.
    pub sources: Option<SourcesView>,
}

/// A contact.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct ContactView {
    /// The organisation or role (neutral in discreet mode).
    pub name: String,
    /// When to call, what it costs (held back in discreet mode if revealing).
    pub note: Option<String>,
    /// The number as shown, where known.
    pub number: Option<String>,
    /// Calls it, where a number is known.
    pub call: Option<Button>,
}

/// About this card.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct AboutView {
    /// Lines about the card: version, source document, transcription date.
    pub facts: Vec<String>,
    /// Heading above the corrections.
    pub corrections_heading: TextLine,
    /// Each corrected typo: "uitbouter → uitbuiter: reason".
    pub corrections: Vec<String>,
    /// Layout notes.
    pub presentation: Vec<String>,
    /// Heading above the sources.
    pub sources_heading: TextLine,
    /// Each fact not on the card with its source and date.
    pub sources: Vec<String>,
    /// "Tekst tonen": shows what discreet mode holds back here.
    pub show_text: Option<Button>,
    /// What the app is and is not.
    pub disclaimer: String,
}
