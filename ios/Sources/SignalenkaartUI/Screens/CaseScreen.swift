import SwiftUI
import SignalenkaartCore

/// One case: what the meldcode asks next, its sections, its notes and its actions.
struct CaseScreen: View {
    let view: CaseView

    var body: some View {
        ScreenPage {
            // Acute unsafety leads the case, with its calls (112 first).
            if let acute = view.acute {
                VStack(alignment: .leading, spacing: 8) {
                    Heading(text: acute.text)
                    ForEach(Array(acute.calls.enumerated()), id: \.offset) { _, call in
                        ActionButton(button: call, style: .primary)
                    }
                }
                .card()
            }
            Footnote(text: view.expiry)
            if let nextStep = view.nextStep {
                VStack(alignment: .leading, spacing: 8) {
                    Line(line: view.guidanceHeading)
                    Paragraphs(texts: [nextStep])
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
            if let showText = view.showText {
                ActionButton(button: showText)
            }
            ActionButton(button: view.rename)
            ActionButton(button: view.export)
            ActionButton(button: view.delete, style: .destructive)
        }
    }
}
