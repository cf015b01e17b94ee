import SwiftUI
import SignalenkaartCore

/// Naming or renaming a case on one line; the remark on an observed signal in a field
/// of several lines that grows with its text, so all of it can be read back.
struct LabelScreen: View {
    let view: LabelView

    var body: some View {
        ScreenPage {
            CoreTextFieldView(
                field: view.field,
                multiline: view.field.id == .remark,
                submit: view.submit
            )
            Footnote(text: view.advice)
            ActionButton(button: view.submit, style: .primary)
        }
    }
}
