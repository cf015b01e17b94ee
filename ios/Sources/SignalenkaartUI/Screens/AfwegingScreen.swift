import SwiftUI
import SignalenkaartCore

/// The afwegingskader: the professional answers, the core shows what the meldcode says
/// follows. Nothing here answers for them.
struct AfwegingScreen: View {
    let view: AfwegingView

    var body: some View {
        ScreenPage {
            Heading(text: view.heading, font: .title3.weight(.semibold))
            Text(view.label)
            Footnote(text: view.source)
            if let caseLabel = view.caseLabel {
                Text(caseLabel)
                    .font(.subheadline.weight(.semibold))
                    .privacySensitive()
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
        }
    }
}

private struct QuestionCard: View {
    let question: QuestionView

    var body: some View {
        VStack(alignment: .leading, spacing: 10) {
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
