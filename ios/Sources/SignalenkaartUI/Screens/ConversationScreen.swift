import SwiftUI
import SignalenkaartCore

/// What helps and what hinders the conversation.
struct ConversationScreen: View {
    let view: ConversationView

    var body: some View {
        ScreenPage {
            Heading(text: view.heading, font: .title3.weight(.semibold))
            Heading(text: view.helpingHeading)
            BulletList(items: view.helping)
            Heading(text: view.hinderingHeading)
            BulletList(items: view.hindering)
            Callout(text: view.closing)
        }
    }
}
