import SwiftUI
import SignalenkaartCore

/// The afwegingskader: the professional answers, the core shows what the meldcode says
/// follows. Nothing here answers for them.
struct AfwegingScreen: View {
    let view: AfwegingView

    var body: some View {
        ScreenPage {
            if let caseLabel = view.caseLabel {
                Text(caseLabel)
                    .font(.subheadline.weight(.semibold))
                    .privacySensitive()
            }
            if let label = view.label {
                Text(label)
            }
            if let showText = view.showText {
                ActionButton(button: showText)
            }
            ForEach(Array(view.questions.enumerated()), id: \.offset) { _, question in
                QuestionCard(question: question)
            }
            if let conclusion = view.conclusion {
                Callout(text: conclusion)
            }
            if let call = view.reportCall {
                ActionButton(button: call, style: .primary)
            }
            SourcesLine(sources: view.sources)
        }
    }
}

private struct QuestionCard: View {
    let question: QuestionView

    var body: some View {
        VStack(alignment: .leading, spacing: 10) {
            Text(question.label)
                .font(.subheadline)
                .foregroundStyle(.secondary)
            Heading(text: question.topic)
            Text(question.text)
            Footnote(text: question.ifYes)
            Footnote(text: question.ifNo)
            if let answer = question.answer {
                Text(answer)
                    .font(.body.weight(.semibold))
            }
            if let choices = question.choices {
                ChoiceGroupView(group: choices)
            }
        }
        .card()
    }
}
