//! The one "Bronnen" line a screen's sources sit behind.

use super::super::{Event, SourcesView};
use super::Views;

impl Views<'_> {
    /// The screen's sources behind one line, open while the user opened them on this
    /// screen; `None` if the screen has none.
    pub(super) fn sources(&self, lines: Vec<String>) -> Option<SourcesView> {
        if lines.is_empty() {
            return None;
        }
        let open = self.app.session.showing_sources();
        let toggle = if open {
            self.button("sources-hide", Event::ToggleSources)
        } else {
            let mut toggle = self.button("sources-show", Event::ToggleSources);
            toggle.accessibility_label = self.t("sources-show-a11y");
            toggle
        };
        Some(SourcesView {
            toggle,
            lines: if open { lines } else { Vec::new() },
        })
    }
}
