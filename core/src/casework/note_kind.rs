//! What a note says it is. The guidance on documenting a suspicion (kijkopmensenhandel.nl,
//! "Wat kan jij doen?") orders what is known by telling apart facts, circumstances or
//! events, observations, interpretations and sources; a note says which it is, and the
//! dossier export groups notes that way.

/// The kind of a note, as its writer chose it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub enum NoteKind {
    /// The writer has not said (every note written before kinds existed).
    #[default]
    Unsaid,
    /// A fact: what is established.
    Fact,
    /// A circumstance or an event: what happened, or the situation it happened in.
    Circumstance,
    /// An observation: what the writer saw or heard.
    Observation,
    /// An interpretation: what the writer makes of it.
    Interpretation,
    /// A source: who or what told it.
    Source,
}

impl NoteKind {
    /// Every kind, in the order the editor offers them and the export groups them.
    pub const ALL: [NoteKind; 6] = [
        NoteKind::Fact,
        NoteKind::Circumstance,
        NoteKind::Observation,
        NoteKind::Interpretation,
        NoteKind::Source,
        NoteKind::Unsaid,
    ];

    /// The stored code of the kind.
    pub fn code(self) -> &'static str {
        match self {
            NoteKind::Unsaid => "unsaid",
            NoteKind::Fact => "fact",
            NoteKind::Circumstance => "circumstance",
            NoteKind::Observation => "observation",
            NoteKind::Interpretation => "interpretation",
            NoteKind::Source => "source",
        }
    }

    /// Parses a stored code.
    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|kind| kind.code() == code)
    }
}
