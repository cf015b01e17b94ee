import SwiftUI
import SignalenkaartCore

/// The saved cases; also the picker when the quick checklist is being saved.
struct CasesScreen: View {
    let view: CasesView

    var body: some View {
        ScreenPage {
            if let picking = view.pickingForChecklist {
                Callout(text: picking)
            }
            if let empty = view.empty {
                Text(empty)
                    .foregroundStyle(.secondary)
            }
            VStack(spacing: 0) {
                ForEach(Array(view.items.enumerated()), id: \.offset) { _, row in
                    RowButton(row: row)
                    Divider()
                }
            }
            .privacySensitive()
            ActionButton(button: view.newCase, style: .primary)
        }
    }
}
