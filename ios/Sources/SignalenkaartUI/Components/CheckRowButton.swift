import SwiftUI
import SignalenkaartCore

/// A row with a checkbox, and the row's second action (a signal's details in a case, on
/// every row so a tick never changes a row's size) where the core gives one. VoiceOver reads the core's label (the text and its detail), then the
/// state as the element's value, once.
struct CheckRowButton: View {
    let row: CheckRow
    @Environment(\.send) private var send

    var body: some View {
        HStack(spacing: 8) {
            toggle
            if let secondary = row.secondary {
                ActionButton(button: secondary)
                    .fixedSize()
            }
        }
    }

    private var toggle: some View {
        SwiftUI.Button {
            send(row.event)
        } label: {
            HStack(alignment: .firstTextBaseline, spacing: 12) {
                Image(systemName: row.checked ? "checkmark.square.fill" : "square")
                    .font(.title3)
                    .foregroundStyle(row.checked ? Color.accentColor : Color.secondary)
                VStack(alignment: .leading, spacing: 2) {
                    Text(row.label)
                        .font(.body)
                    if let detail = row.detail {
                        Text(detail)
                            .font(.subheadline)
                            .foregroundStyle(.secondary)
                    }
                }
                Spacer(minLength: 0)
            }
            .multilineTextAlignment(.leading)
            .frame(maxWidth: .infinity, minHeight: 44, alignment: .leading)
            .contentShape(Rectangle())
        }
        .buttonStyle(.plain)
        .accessibilityElement(children: .ignore)
        .accessibilityLabel(row.accessibilityLabel)
        .accessibilityValue(row.stateDescription)
        .accessibilityAddTraits(.isButton)
    }
}
