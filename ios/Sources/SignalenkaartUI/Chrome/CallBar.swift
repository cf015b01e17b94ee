import SwiftUI
import SignalenkaartCore

/// The call button for the zorgcoördinator, pinned below every screen that has one.
/// One tap sends the core's event; the core answers with the `Dial` effect. No
/// animation, no confirmation of our own: the system's call prompt is the only step.
struct CallBar: View {
    let call: CallButton
    @Environment(\.send) private var send

    var body: some View {
        SwiftUI.Button {
            send(call.event)
        } label: {
            HStack(spacing: 12) {
                Image(systemName: "phone.fill")
                    .accessibilityHidden(true)
                VStack(alignment: .leading, spacing: 2) {
                    Text(call.label)
                        .font(.body.weight(.semibold))
                    Text(call.number)
                        .font(.subheadline)
                }
                Spacer(minLength: 0)
            }
            .frame(maxWidth: .infinity, minHeight: 56, alignment: .leading)
        }
        .buttonStyle(ActionButtonStyle(style: .primary))
        .accessibilityElement(children: .ignore)
        .accessibilityLabel(call.accessibilityLabel)
        .accessibilityAddTraits(.isButton)
        .padding(.horizontal, 16)
        .padding(.vertical, 8)
        .background(.bar)
    }
}
