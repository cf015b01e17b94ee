import SwiftUI
import SignalenkaartCore

/// Full-text search over the notes.
struct SearchScreen: View {
    let view: SearchView

    var body: some View {
        ScreenPage {
            CoreTextFieldView(field: view.field)
            if let empty = view.empty {
                Text(empty)
                    .foregroundStyle(.secondary)
            }
            VStack(spacing: 0) {
                ForEach(Array(view.results.enumerated()), id: \.offset) { _, row in
                    RowButton(row: row)
                    Divider()
                }
            }
            .privacySensitive()
            if let showText = view.showText {
                ActionButton(button: showText)
            }
        }
    }
}
