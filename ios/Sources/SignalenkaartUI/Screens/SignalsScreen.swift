import SwiftUI
import SignalenkaartCore

/// The signals checklist, quick (unsaved) or for a case; then, as on the card, its
/// banner and the text on victims who see themselves as offenders; the buttons last.
struct SignalsScreen: View {
    let view: SignalsView

    var body: some View {
        ScreenPage {
            if let caseLabel = view.caseLabel {
                Text(caseLabel)
                    .font(.subheadline.weight(.semibold))
                    .privacySensitive()
            }
            Footnote(text: view.hint)
            Text(view.count)
                .font(.headline)
            VStack(spacing: 0) {
                ForEach(Array(view.items.enumerated()), id: \.offset) { _, item in
                    CheckRowButton(row: item)
                    Divider()
                }
            }
            if let banner = view.banner {
                Callout(text: banner)
            }
            if let heading = view.perpetratorHeading {
                Line(line: heading)
            }
            Paragraphs(texts: view.perpetratorText)
            if let showText = view.showText {
                ActionButton(button: showText)
            }
            if let save = view.save {
                ActionButton(button: save, style: .primary)
            }
            if let clear = view.clear {
                ActionButton(button: clear)
            }
        }
    }
}
