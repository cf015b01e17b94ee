//! The one-line editor: a case's label, or the advice received at a consultation step.

use super::super::route::{Draft, LabelEditor};
use super::super::{Button, Event, FieldId, LabelView, Screen, TextField};
use super::Views;
use crate::casework::{MAX_ADVICE_CHARS, MAX_LABEL_CHARS};

impl Views<'_> {
    /// The one-line editor around `field`.
    fn one_line_editor(&self, field: TextField, advice_id: &str, can_submit: bool) -> LabelView {
        LabelView {
            field,
            advice: self.t(advice_id),
            submit: Button {
                enabled: can_submit,
                ..self.button("label-save", Event::SubmitLabel)
            },
        }
    }

    pub(super) fn label(&self, editor: &LabelEditor) -> (String, Screen) {
        let field = self.text_field(
            FieldId::CaseLabel,
            self.t("label-field"),
            &editor.draft,
            "label-placeholder",
            MAX_LABEL_CHARS,
            true,
        );
        // Disabled while the label cannot be saved (empty, or too long: said under it).
        let can_submit = !editor.draft.text.trim().is_empty() && editor.draft.error.is_none();
        let view = self.one_line_editor(field, "label-advice", can_submit);
        let title = if editor.case.is_some() {
            "label-title-rename"
        } else {
            "label-title-new"
        };
        (self.t(title), Screen::Label { view })
    }

    pub(super) fn advice(&self, step: u8, draft: &Draft) -> (String, Screen) {
        let field = self.text_field(
            FieldId::Advice,
            self.f("advice-field", &[("number", step.into())]),
            draft,
            "advice-placeholder",
            MAX_ADVICE_CHARS,
            true,
        );
        let view = self.one_line_editor(field, "advice-advice", draft.error.is_none());
        (self.t("advice-title"), Screen::Label { view })
    }
}
