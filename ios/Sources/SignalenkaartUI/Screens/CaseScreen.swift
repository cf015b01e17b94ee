import SwiftUI
import SignalenkaartCore

/// One case: what the meldcode asks next, its sections, its notes and its actions.
struct CaseScreen: View {
    let view: CaseView

    var body: some View {
        ScreenPage {
            Footnote(text: view.expiry)
            if !view.guidance.isEmpty {
                VStack(alignment: .leading, spacing: 8) {
                    Line(line: view.guidanceHeading)
                    Paragraphs(texts: view.guidance)
                    if let call = view.reportCall {
                        ActionButton(button: call, style: .primary)
                    }
                }
                .card()
            }
            VStack(spacing: 0) {
                ForEach(Array(view.sections.enumerated()), id: \.offset) { _, row in
                    RowButton(row: row)
                    Divider()
                }
            }
            Line(line: view.notesHeading)
            ActionButton(button: view.newNote, style: .primary)
            VStack(spacing: 0) {
                ForEach(Array(view.notes.enumerated()), id: \.offset) { _, row in
                    RowButton(row: row)
                    Divider()
                }
            }
            .privacySensitive()
            ActionButton(button: view.rename)
            ActionButton(button: view.export)
            ActionButton(button: view.delete, style: .destructive)
        }
    }
}
