import SwiftUI
import SignalenkaartCore

/// A labelled group of options, side by side where they fit and stacked where they do
/// not (large Dynamic Type sizes).
struct ChoiceGroupView: View {
    let group: ChoiceGroup

    var body: some View {
        VStack(alignment: .leading, spacing: 6) {
            Text(group.label)
                .font(.subheadline)
                .foregroundStyle(.secondary)
            ViewThatFits(in: .horizontal) {
                HStack(spacing: 8) { options }
                VStack(alignment: .leading, spacing: 8) { options }
            }
        }
        .accessibilityElement(children: .contain)
        .accessibilityLabel(group.accessibilityLabel)
    }

    private var options: some View {
        ForEach(Array(group.options.enumerated()), id: \.offset) { _, option in
            ChoiceOptionButton(option: option)
        }
    }
}

private struct ChoiceOptionButton: View {
    let option: ChoiceOption
    @Environment(\.send) private var send

    var body: some View {
        SwiftUI.Button {
            send(option.event)
        } label: {
            HStack(spacing: 6) {
                Image(systemName: option.selected ? "largecircle.fill.circle" : "circle")
                    .accessibilityHidden(true)
                Text(option.label)
                    .fixedSize(horizontal: false, vertical: true)
            }
            .frame(minWidth: 44, minHeight: 44)
        }
        .buttonStyle(ActionButtonStyle(style: option.selected ? .primary : .secondary))
        .accessibilityLabel(option.accessibilityLabel)
        .accessibilityValue(option.stateDescription)
        .accessibilityAddTraits(option.selected ? .isSelected : [])
    }
}
