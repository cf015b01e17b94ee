import SwiftUI
import SignalenkaartCore

/// The signals checklist, quick (unsaved) or for a case.
struct SignalsScreen: View {
    let view: SignalsView

    var body: some View {
        ScreenPage {
            Heading(text: view.heading, font: .title3.weight(.semibold))
            if let caseLabel = view.caseLabel {
                Text(caseLabel)
                    .font(.subheadline.weight(.semibold))
                    .privacySensitive()
            }
            if let banner = view.banner {
                Callout(text: banner)
            }
            Text(view.count)
                .font(.headline)
            Footnote(text: view.hint)
            VStack(spacing: 0) {
                ForEach(Array(view.items.enumerated()), id: \.offset) { _, item in
                    CheckRowButton(row: item)
                    Divider()
                }
            }
            if let save = view.save {
                ActionButton(button: save, style: .primary)
            }
            if let clear = view.clear {
                ActionButton(button: clear)
            }
            Heading(text: view.perpetratorHeading)
            Paragraphs(texts: view.perpetratorText)
        }
    }
}
