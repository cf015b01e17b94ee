//! The one-line editor: a case's label or the remark on an observed signal.

use super::super::route::{Draft, LabelEditor};
use super::super::{Button, Event, FieldId, LabelView, Screen, TextField};
use super::Views;
use crate::casework::{MAX_LABEL_CHARS, MAX_REMARK_CHARS};

impl Views<'_> {
    /// The one-line editor over `draft`.
    fn one_line_editor(
        &self,
        id: FieldId,
        label: String,
        draft: &Draft,
        placeholder_id: &str,
        advice_id: &str,
        max_chars: usize,
        can_submit: bool,
    ) -> LabelView {
        LabelView {
            field: TextField {
                id,
                label,
                text: draft.text.to_string(),
                placeholder: self.t(placeholder_id),
                error: draft.error.as_ref().map(|e| self.refusal(e)),
                max_chars: max_chars as u32,
                sensitive: true,
            },
            advice: self.t(advice_id),
            submit: Button {
                enabled: can_submit,
                ..self.button("label-save", Event::SubmitLabel)
            },
        }
    }

    pub(super) fn label(&self, editor: &LabelEditor) -> (String, Screen) {
        let view = self.one_line_editor(
            FieldId::CaseLabel,
            self.t("label-field"),
            &editor.draft,
            "label-placeholder",
            "label-advice",
            MAX_LABEL_CHARS,
            !editor.draft.text.trim().is_empty(),
        );
        let title = if editor.case.is_some() {
            "label-title-rename"
        } else {
            "label-title-new"
        };
        (self.t(title), Screen::Label { view })
    }

    pub(super) fn remark(&self, signal_id: &str, draft: &Draft) -> (String, Screen) {
        let card = self.app.content.card(self.language);
        let signal = card
            .signals
            .items
            .iter()
            .find(|s| s.id == signal_id)
            .map(|s| s.text.as_str())
            .unwrap_or_default();
        let view = self.one_line_editor(
            FieldId::Remark,
            self.f("remark-field", &[("signal", signal.into())]),
            draft,
            "remark-placeholder",
            "remark-advice",
            MAX_REMARK_CHARS,
            draft.error.is_none(),
        );
        (self.t("remark-title"), Screen::Label { view })
    }
}
