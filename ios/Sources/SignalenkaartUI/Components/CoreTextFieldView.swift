import SignalenkaartCore
import SignalenkaartStore
import SwiftUI

/// A text field whose text the core holds. Every change goes to the core whole and
/// uncut as `.edit(field: field.id, text:)`; the core explains a text that is too long
/// (`field.error`), and near the limit shows the core's count (`field.counter`).
///
/// The field keeps what is typed (`TypedText`): views that arrive while edits are in
/// flight never replace it; once the core answered everything, its text wins.
struct CoreTextFieldView: View {
    let field: CoreTextField
    var multiline = false
    /// Sent when the user presses return, where the screen has such an action.
    var submit: CoreButton?
    @Environment(\.send) private var send
    @Environment(\.coreIsIdle) private var coreIsIdle
    @State private var typed: TypedText

    init(field: CoreTextField, multiline: Bool = false, submit: CoreButton? = nil) {
        self.field = field
        self.multiline = multiline
        self.submit = submit
        _typed = State(initialValue: TypedText(field.text))
    }

    var body: some View {
        VStack(alignment: .leading, spacing: 6) {
            Text(field.label)
                .font(.subheadline)
                .foregroundStyle(.secondary)
                .accessibilityHidden(true)
            SwiftUI.TextField(
                field.placeholder,
                text: $typed.text,
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
            .onChange(of: typed.text) {
                if let text = typed.edit() {
                    send(.edit(field: field.id, text: text))
                }
            }
            .onChange(of: field.text) { typed.coreShows(field.text, storeIsIdle: coreIsIdle) }
            .onChange(of: coreIsIdle) { typed.coreShows(field.text, storeIsIdle: coreIsIdle) }
            if let error = field.error {
                Text(error)
                    .font(.footnote)
                    .foregroundStyle(.red)
            }
            if let counter = field.counter {
                Text(counter)
                    .font(.footnote.monospacedDigit())
                    .foregroundStyle(.secondary)
                    .frame(maxWidth: .infinity, alignment: .trailing)
            }
        }
        // Another field (the next screen's) starts from its own text.
        .id(field.id)
    }
}

private extension View {
    /// Notes and labels: the keyboard must not learn from them or suggest them, Writing
    /// Tools (iOS 18) must not send them to a model, and the system treats them as
    /// private.
    @ViewBuilder
    func sensitiveInput(_ sensitive: Bool) -> some View {
        if sensitive {
            self.autocorrectionDisabled()
                .textInputAutocapitalization(.never)
                .privacySensitive()
                .withoutWritingTools()
        } else {
            self
        }
    }

    @ViewBuilder
    func withoutWritingTools() -> some View {
        if #available(iOS 18.0, *) {
            self.writingToolsBehavior(.disabled)
        } else {
            self
        }
    }
}
