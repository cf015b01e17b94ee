import SwiftUI
import SignalenkaartCore

/// About the card: version, provenance, corrections and sources.
struct AboutScreen: View {
    let view: AboutView

    var body: some View {
        ScreenPage {
            Paragraphs(texts: view.facts)
            Line(line: view.correctionsHeading)
            BulletList(items: view.corrections)
            Paragraphs(texts: view.presentation)
            Line(line: view.sourcesHeading)
            BulletList(items: view.sources)
            if let showText = view.showText {
                ActionButton(button: showText)
            }
            Callout(text: view.disclaimer)
        }
    }
}
