import SwiftUI
import SignalenkaartCore

/// What helps and what hinders the conversation.
struct ConversationScreen: View {
    let view: ConversationView

    var body: some View {
        ScreenPage {
            Line(line: view.helpingHeading)
            BulletList(items: view.helping)
            Line(line: view.hinderingHeading)
            BulletList(items: view.hindering)
            if let closing = view.closing {
                Callout(text: closing)
            }
            if let showText = view.showText {
                ActionButton(button: showText)
            }
        }
    }
}
