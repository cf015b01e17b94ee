import SwiftUI
import SignalenkaartCore

/// Naming or renaming a case.
struct LabelScreen: View {
    let view: LabelView

    var body: some View {
        ScreenPage {
            CoreTextFieldView(
                field: view.field,
                submit: view.submit
            )
            Footnote(text: view.advice)
            ActionButton(button: view.submit, style: .primary)
        }
    }
}
