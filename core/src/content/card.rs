//! The card's structure, as it is stored in `content/{nl,en}.json`.
//!
//! Field names follow the card's layout; every text is the card's own (Dutch) or its
//! translation (English). Ids are stable across languages and versions: saved cases
//! refer to signals and steps by id.

use serde::Deserialize;

use super::ContactId;

/// The whole card in one language.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Card {
    /// "Signalenkaart voor professionals".
    pub title: String,
    /// "Criminele uitbuiting".
    pub subtitle: String,
    /// Why signalling matters (the card's opening paragraph).
    pub intro: String,
    /// The eleven possible signals.
    pub signals: SignalsSection,
    /// When the victim sees themselves as the offender.
    pub self_as_perpetrator: TextSection,
    /// What helps and hinders the conversation.
    pub conversation: Conversation,
    /// The regional zorgcoördinator mensenhandel.
    pub coordinator: CoordinatorSection,
    /// How to act: the meldcode and its five steps.
    pub meldcode: Meldcode,
}

/// The list of possible signals.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SignalsSection {
    /// The section heading.
    pub heading: String,
    /// The signals in the card's order.
    pub items: Vec<Signal>,
    /// The card's banner "Dit is ook mensenhandel".
    pub also_trafficking: String,
}

/// One possible signal of criminal exploitation.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Signal {
    /// Stable id, the same in every language.
    pub id: String,
    /// The signal as the card words it.
    pub text: String,
}

/// A heading with paragraphs.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TextSection {
    /// The section heading.
    pub heading: String,
    /// The paragraphs in order.
    pub paragraphs: Vec<String>,
}

/// What helps and what hinders a conversation about criminal exploitation.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Conversation {
    /// The section heading.
    pub heading: String,
    /// "Bevorderend".
    pub helping_heading: String,
    /// The nine helping points.
    pub helping: Vec<ConversationPoint>,
    /// "Belemmerend".
    pub hindering_heading: String,
    /// The nine hindering points.
    pub hindering: Vec<ConversationPoint>,
    /// "Ga een gesprek over criminele uitbuiting niet uit de weg!"
    pub dont_avoid: String,
}

/// One point of the conversation guidance.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ConversationPoint {
    /// Stable id, the same in every language.
    pub id: String,
    /// The point as the card words it.
    pub text: String,
}

/// The card's section on the zorgcoördinator mensenhandel.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CoordinatorSection {
    /// The section heading.
    pub heading: String,
    /// The card's text, including the number as printed.
    pub text: String,
    /// The contact to call.
    pub contact: ContactId,
}

/// The meldcode and its steps.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Meldcode {
    /// "Hoe te handelen bij criminele uitbuiting".
    pub heading: String,
    /// "Criminele uitbuiting".
    pub subheading: String,
    /// "Handel volgens de meldcode …".
    pub intro: String,
    /// "Stap" / "Step".
    pub step_label: String,
    /// The five steps in the card's order.
    pub steps: Vec<MeldcodeStep>,
}

/// One step of the meldcode.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MeldcodeStep {
    /// 1 to 5.
    pub number: u8,
    /// The step as the card words it.
    pub title: String,
    /// Further text of the step, where the card has it.
    #[serde(default)]
    pub detail: Option<String>,
    /// The experts the card names for this step.
    pub experts: Vec<Expert>,
}

/// An expert or organisation the card names at a step.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Expert {
    /// Stable id, the same in every language.
    pub id: String,
    /// The name as the card words it.
    pub name: String,
    /// The contact behind this expert.
    pub contact: ContactId,
}
