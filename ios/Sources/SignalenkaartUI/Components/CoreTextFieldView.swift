import SwiftUI
import SignalenkaartCore

/// A text field whose text the core holds: it shows the core's text and sends every
/// change, whole and uncut, as `.edit(field: field.id, text:)` (the core explains what is
/// too long).
struct CoreTextFieldView: View {
    let field: CoreTextField
    var multiline = false
    /// Sent when the user presses return, where the screen has such an action.
    var submit: CoreButton?
    @Environment(\.send) private var send

    var body: some View {
        VStack(alignment: .leading, spacing: 6) {
            Text(field.label)
                .font(.subheadline)
                .foregroundStyle(.secondary)
                .accessibilityHidden(true)
            SwiftUI.TextField(
                field.placeholder,
                text: text,
                axis: multiline ? .vertical : .horizontal
            )
            .lineLimit(multiline ? 4...12 : 1...1)
            .textFieldStyle(.roundedBorder)
            .frame(minHeight: 44)
            .sensitiveInput(field.sensitive)
            .accessibilityLabel(field.label)
            .onSubmit {
                if let submit, submit.enabled {
                    send(submit.event)
                }
            }
            if let error = field.error {
                Text(error)
                    .font(.footnote)
                    .foregroundStyle(.red)
            }
        }
    }

    private var text: Binding<String> {
        Binding(
            get: { field.text },
            set: { [id = field.id] in send(.edit(field: id, text: $0)) }
        )
    }
}

private extension View {
    /// Notes and labels: the keyboard must not learn from them or suggest them, and the
    /// system must treat them as private.
    @ViewBuilder
    func sensitiveInput(_ sensitive: Bool) -> some View {
        if sensitive {
            self.autocorrectionDisabled()
                .textInputAutocapitalization(.never)
                .privacySensitive()
        } else {
            self
        }
    }
}
