import SwiftUI
import SignalenkaartCore

/// Asking to confirm an action the core described.
struct ConfirmScreen: View {
    let view: ConfirmView

    var body: some View {
        ScreenPage {
            Heading(text: view.heading, font: .title3.weight(.semibold))
            Text(view.text)
            ActionButton(button: view.confirm, style: view.destructive ? .destructive : .primary)
            ActionButton(button: view.cancel)
        }
    }
}
