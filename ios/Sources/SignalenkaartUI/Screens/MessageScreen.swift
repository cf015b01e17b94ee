import SwiftUI
import SignalenkaartCore

/// A message with one action under the title: the neutral screen after a quick exit,
/// and the screen after too many wrong PINs erased everything.
struct MessageScreen: View {
    let view: MessageView

    var body: some View {
        ScreenPage {
            Text(view.text)
            ActionButton(button: view.action, style: .primary)
        }
    }
}
