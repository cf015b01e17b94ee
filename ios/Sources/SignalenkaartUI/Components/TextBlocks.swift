import SwiftUI
import UIKit
import SignalenkaartCore

/// A heading VoiceOver can jump to.
struct Heading: View {
    let text: String
    var font: Font = .headline

    var body: some View {
        Text(text)
            .font(font)
            .frame(maxWidth: .infinity, alignment: .leading)
            .accessibilityAddTraits(.isHeader)
    }
}

/// A line of text: a heading VoiceOver can jump to exactly where the core flags it.
struct Line: View {
    let line: TextLine

    var body: some View {
        if line.heading {
            Heading(text: line.text)
        } else {
            Text(line.text)
                .frame(maxWidth: .infinity, alignment: .leading)
        }
    }
}

/// The screen's sources behind one line: the core's button opens and closes them, the
/// lines (empty while closed) follow it. The same on every screen that has sources.
struct SourcesLine: View {
    let sources: SourcesView?

    var body: some View {
        if let sources {
            VStack(alignment: .leading, spacing: 4) {
                ActionButton(button: sources.toggle)
                ForEach(Array(sources.lines.enumerated()), id: \.offset) { _, line in
                    Footnote(text: line)
                }
            }
        }
    }
}

/// Paragraphs of body text.
struct Paragraphs: View {
    let texts: [String]

    var body: some View {
        ForEach(Array(texts.enumerated()), id: \.offset) { _, text in
            Text(text)
                .frame(maxWidth: .infinity, alignment: .leading)
        }
    }
}

/// A bulleted list; the bullet is drawn, not read.
struct BulletList: View {
    let items: [String]

    var body: some View {
        VStack(alignment: .leading, spacing: 8) {
            ForEach(Array(items.enumerated()), id: \.offset) { _, item in
                HStack(alignment: .firstTextBaseline, spacing: 8) {
                    Image(systemName: "circle.fill")
                        .font(.caption2)
                        .accessibilityHidden(true)
                    Text(item)
                        .frame(maxWidth: .infinity, alignment: .leading)
                }
            }
        }
    }
}

/// Small print: sources, hints, dates.
struct Footnote: View {
    let text: String

    var body: some View {
        Text(text)
            .font(.footnote)
            .foregroundStyle(.secondary)
            .frame(maxWidth: .infinity, alignment: .leading)
    }
}

/// A boxed, emphasised text (banners on the card, conclusions).
struct Callout: View {
    let text: String

    var body: some View {
        Text(text)
            .font(.body.weight(.semibold))
            .frame(maxWidth: .infinity, alignment: .leading)
            .padding(12)
            .background(RoundedRectangle(cornerRadius: 10).fill(Color.accentColor.opacity(0.12)))
    }
}

/// The scrolling page every screen sits on.
struct ScreenPage<Content: View>: View {
    @ViewBuilder let content: Content

    var body: some View {
        ScrollView {
            VStack(alignment: .leading, spacing: 16) {
                content
            }
            .padding(16)
            .frame(maxWidth: .infinity, alignment: .leading)
        }
    }
}

extension View {
    /// Sets a group (a step, a question, a contact) apart from the page.
    func card() -> some View {
        padding(12)
            .frame(maxWidth: .infinity, alignment: .leading)
            .background(
                RoundedRectangle(cornerRadius: 12)
                    .fill(Color(uiColor: .secondarySystemBackground))
            )
    }
}
