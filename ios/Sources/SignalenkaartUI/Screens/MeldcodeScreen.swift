import SwiftUI
import SignalenkaartCore

/// The meldcode's five steps, to read or with a case's progress.
struct MeldcodeScreen: View {
    let view: MeldcodeView

    var body: some View {
        ScreenPage {
            if let caseLabel = view.caseLabel {
                Text(caseLabel)
                    .font(.subheadline.weight(.semibold))
                    .privacySensitive()
            }
            if let intro = view.intro {
                Text(intro)
            }
            ForEach(Array(view.steps.enumerated()), id: \.offset) { _, step in
                StepCard(step: step)
            }
            if let showText = view.showText {
                ActionButton(button: showText)
            }
            SourcesLine(sources: view.sources)
            ActionButton(button: view.afweging)
        }
    }
}

private struct StepCard: View {
    let step: StepView

    var body: some View {
        VStack(alignment: .leading, spacing: 10) {
            Text(step.label)
                .font(.subheadline)
                .foregroundStyle(.secondary)
            Heading(text: step.title)
            if let detail = step.detail {
                Text(detail)
            }
            ForEach(Array(step.experts.enumerated()), id: \.offset) { _, expert in
                ExpertRow(expert: expert)
            }
            if let status = step.status {
                ChoiceGroupView(group: status)
            }
            if let changed = step.changed {
                Footnote(text: changed)
            }
            // What the case records at this step: whom, when, the advice.
            if !step.log.isEmpty {
                Paragraphs(texts: step.log)
                    .privacySensitive()
            }
            if let editAdvice = step.editAdvice {
                ActionButton(button: editAdvice)
            }
        }
        .card()
    }
}

private struct ExpertRow: View {
    let expert: ExpertView

    var body: some View {
        VStack(alignment: .leading, spacing: 6) {
            Text(expert.name)
                .font(.body.weight(.semibold))
            if let call = expert.call {
                ActionButton(button: call)
            }
            if let noNumber = expert.noNumber {
                Footnote(text: noNumber)
            }
            if let consulted = expert.consulted {
                CheckRowButton(row: consulted)
            }
        }
    }
}
