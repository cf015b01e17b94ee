import SwiftUI
import SignalenkaartCore

/// A message with one action: the neutral screen after a quick exit, and the screen
/// after too many wrong PINs erased everything.
struct MessageScreen: View {
    let view: MessageView

    var body: some View {
        ScreenPage {
            Heading(text: view.heading, font: .title3.weight(.semibold))
            Text(view.text)
            ActionButton(button: view.action, style: .primary)
        }
    }
}
