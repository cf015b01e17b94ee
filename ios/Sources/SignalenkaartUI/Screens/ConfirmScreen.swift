import SwiftUI
import SignalenkaartCore

/// Asking to confirm an action the core described.
struct ConfirmScreen: View {
    let view: ConfirmView

    var body: some View {
        ScreenPage {
            Text(view.text)
            if let option = view.option {
                CheckRowButton(row: option)
            }
            ActionButton(button: view.confirm, style: view.destructive ? .destructive : .primary)
            ActionButton(button: view.cancel)
        }
    }
}
