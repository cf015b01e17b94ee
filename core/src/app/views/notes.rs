//! The note editor and the search over notes.

use super::super::route::Draft;
use super::super::{
    Button, ChoiceGroup, Event, FieldId, NoteEditorView, NoteKindChoice, Row, Screen, SearchView,
    TextField,
};
use super::Views;
pub(super) use super::note_preview::preview;
use crate::app::limits::MAX_QUERY_CHARS;
use crate::casework::NoteKind;
use crate::content::FactPlace;
use crate::vault::{MAX_NOTE_CHARS, NoteId};

impl Views<'_> {
    /// "Feit", "Waarneming", … : how a note's kind reads.
    pub(super) fn note_kind_label(&self, kind: NoteKind) -> String {
        self.t(match kind {
            NoteKind::Unsaid => "note-kind-unsaid",
            NoteKind::Fact => "note-kind-fact",
            NoteKind::Circumstance => "note-kind-circumstance",
            NoteKind::Observation => "note-kind-observation",
            NoteKind::Interpretation => "note-kind-interpretation",
            NoteKind::Source => "note-kind-source",
        })
    }

    fn note_kinds(&self, current: NoteKind) -> ChoiceGroup {
        let options = NoteKind::ALL
            .into_iter()
            .map(|kind| {
                (
                    self.note_kind_label(kind),
                    kind == current,
                    Event::SetNoteKind {
                        kind: match kind {
                            NoteKind::Unsaid => NoteKindChoice::Unsaid,
                            NoteKind::Fact => NoteKindChoice::Fact,
                            NoteKind::Circumstance => NoteKindChoice::Circumstance,
                            NoteKind::Observation => NoteKindChoice::Observation,
                            NoteKind::Interpretation => NoteKindChoice::Interpretation,
                            NoteKind::Source => NoteKindChoice::Source,
                        },
                    },
                )
            })
            .collect();
        let label = self.t("note-kind-label");
        self.choice_group(label.clone(), label.clone(), &label, options)
    }

    pub(super) fn note_editor(
        &self,
        note: Option<NoteId>,
        draft: &Draft,
        kind: NoteKind,
    ) -> (String, Screen) {
        let too_long = draft.text.chars().count() > MAX_NOTE_CHARS;
        let view = NoteEditorView {
            case_label: self.loaded_label(),
            field: TextField {
                error: too_long
                    .then(|| self.f("error-note-too-long", &[("max", MAX_NOTE_CHARS.into())])),
                ..self.text_field(
                    FieldId::Note,
                    self.t("note-field"),
                    draft,
                    "note-placeholder",
                    MAX_NOTE_CHARS,
                    true,
                )
            },
            kind: self.note_kinds(kind),
            kind_hint: self
                .app
                .content
                .facts_at(&FactPlace::Notes)
                .find_map(|fact| self.body(fact.text.get(self.language))),
            sources: self
                .sources(self.working_fact_sources(self.app.content.facts_at(&FactPlace::Notes))),
            save: Button {
                enabled: !draft.text.trim().is_empty() && !too_long,
                ..self.button("note-save", Event::SaveNote)
            },
            delete: note.map(|id| {
                self.button(
                    "note-delete",
                    Event::DeleteNote {
                        note_id: id.to_string(),
                    },
                )
            }),
        };
        let title = if note.is_some() {
            "note-title-edit"
        } else {
            "note-title-new"
        };
        (self.t(title), Screen::NoteEditor { view })
    }

    pub(super) fn search(&self, query: &Draft) -> (String, Screen) {
        let results: Vec<Row> = self
            .app
            .session
            .loaded
            .hits
            .iter()
            .map(|hit| {
                let snippet: String = hit.snippet.iter().map(|part| part.text.as_str()).collect();
                // In discreet mode a hit is folded until "Tekst tonen"; the case's name
                // stays a neutral word: it belongs on the case's own screen.
                let snippet = self
                    .own_text(&snippet)
                    .unwrap_or_else(|| self.t("discreet-hit"));
                let label = self.case_name(hit.case_label.as_str());
                Row {
                    accessibility_label: format!("{label}: {snippet}"),
                    label,
                    detail: Some(snippet),
                    event: Event::OpenCase {
                        case_id: hit.case_id.to_string(),
                    },
                }
            })
            .collect();
        let view = SearchView {
            field: self.text_field(
                FieldId::Search,
                self.t("search-field"),
                query,
                "search-placeholder",
                MAX_QUERY_CHARS,
                true,
            ),
            empty: (results.is_empty() && !query.text.trim().is_empty())
                .then(|| self.t("search-empty")),
            results,
            show_text: self.show_text(),
        };
        (self.t("search-title"), Screen::Search { view })
    }
}
