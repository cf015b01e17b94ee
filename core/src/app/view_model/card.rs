//! The public card's screens: home, signals, conversation, meldcode, afwegingskader,
//! contacts, about.

use serde::Serialize;

use super::{Button, CheckRow, ChoiceGroup, Row};

/// The home screen.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct HomeView {
    /// The card's title and subtitle (neutral in discreet mode).
    pub heading: String,
    /// The card's opening paragraph (hidden in discreet mode).
    pub intro: Option<String>,
    /// The sections to open.
    pub sections: Vec<Row>,
}

/// The signals checklist.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct SignalsView {
    /// The section heading.
    pub heading: String,
    /// The case the ticks belong to; `None` for the quick, unsaved checklist.
    pub case_label: Option<String>,
    /// E.g. "3 signalen" (a count, never a score).
    pub count: String,
    /// Explains what ticking does here (unsaved, or saved in the case).
    pub hint: String,
    /// The eleven signals.
    pub items: Vec<CheckRow>,
    /// "Dit is ook mensenhandel" (hidden in discreet mode).
    pub banner: Option<String>,
    /// The card's text on victims who see themselves as offenders.
    pub perpetrator_heading: String,
    /// Its paragraphs.
    pub perpetrator_text: Vec<String>,
    /// Save the quick checklist into a case.
    pub save: Option<Button>,
    /// Clear the quick checklist.
    pub clear: Option<Button>,
}

/// What helps and hinders the conversation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct ConversationView {
    /// The section heading.
    pub heading: String,
    /// "Bevorderend".
    pub helping_heading: String,
    /// The helping points.
    pub helping: Vec<String>,
    /// "Belemmerend".
    pub hindering_heading: String,
    /// The hindering points.
    pub hindering: Vec<String>,
    /// "Ga een gesprek … niet uit de weg!"
    pub closing: String,
}

/// The meldcode's steps.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct MeldcodeView {
    /// The section heading.
    pub heading: String,
    /// "Handel volgens de meldcode …" (hidden in discreet mode).
    pub intro: Option<String>,
    /// The case whose progress is shown; `None` to read the steps.
    pub case_label: Option<String>,
    /// The five steps in the card's order.
    pub steps: Vec<StepView>,
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
    /// The card's words.
    pub title: String,
    /// Further text, where the card has it (hidden in discreet mode if revealing).
    pub detail: Option<String>,
    /// The experts the card names here.
    pub experts: Vec<ExpertView>,
    /// The step's status in the case, with the choices; `None` without a case.
    pub status: Option<ChoiceGroup>,
    /// When the status last changed, in the case.
    pub changed: Option<String>,
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
    /// Marks the expert consulted in the case; `None` without a case.
    pub consulted: Option<CheckRow>,
}

/// The afwegingskader.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct AfwegingView {
    /// The section heading.
    pub heading: String,
    /// Says what this is, where it comes from and that the professional decides.
    pub label: String,
    /// "Bron: …, gecontroleerd op …".
    pub source: String,
    /// The case the answers belong to; `None` to read the questions.
    pub case_label: Option<String>,
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
}

/// A contact.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct ContactView {
    /// The organisation or role.
    pub name: String,
    /// When to call, what it costs.
    pub note: String,
    /// The number as shown, where known.
    pub number: Option<String>,
    /// Calls it, where a number is known.
    pub call: Option<Button>,
    /// "Bron: …, gecontroleerd op …".
    pub source: String,
}

/// About this card.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct AboutView {
    /// Lines about the card: version, source document, transcription date.
    pub facts: Vec<String>,
    /// Heading above the corrections.
    pub corrections_heading: String,
    /// Each corrected typo: "uitbouter → uitbuiter: reason".
    pub corrections: Vec<String>,
    /// Layout notes.
    pub presentation: Vec<String>,
    /// Heading above the sources.
    pub sources_heading: String,
    /// Each fact not on the card with its source and date.
    pub sources: Vec<String>,
    /// What the app is and is not.
    pub disclaimer: String,
}
