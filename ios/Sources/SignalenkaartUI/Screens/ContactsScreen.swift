import SwiftUI
import SignalenkaartCore

/// Every contact with its number and call button; their sources behind one line.
struct ContactsScreen: View {
    let view: ContactsView

    var body: some View {
        ScreenPage {
            ForEach(Array(view.items.enumerated()), id: \.offset) { _, contact in
                ContactCard(contact: contact)
            }
            if let showText = view.showText {
                ActionButton(button: showText)
            }
            SourcesLine(sources: view.sources)
        }
    }
}

private struct ContactCard: View {
    let contact: ContactView

    var body: some View {
        VStack(alignment: .leading, spacing: 8) {
            Heading(text: contact.name)
            if let note = contact.note {
                Text(note)
            }
            if let number = contact.number {
                Text(number)
                    .font(.body.monospacedDigit())
            }
            if let call = contact.call {
                ActionButton(button: call, style: .primary)
            }
        }
        .card()
    }
}
