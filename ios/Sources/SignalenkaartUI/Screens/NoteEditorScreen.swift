import SwiftUI
import SignalenkaartCore

/// Writing or editing a note.
struct NoteEditorScreen: View {
    let view: NoteEditorView

    var body: some View {
        ScreenPage {
            Text(view.caseLabel)
                .font(.subheadline.weight(.semibold))
                .privacySensitive()
            CoreTextFieldView(
                field: view.field,
                multiline: true
            )
            ChoiceGroupView(group: view.kind)
            if let hint = view.kindHint {
                Footnote(text: hint)
            }
            SourcesLine(sources: view.sources)
            ActionButton(button: view.save, style: .primary)
            if let delete = view.delete {
                ActionButton(button: delete, style: .destructive)
            }
        }
    }
}
