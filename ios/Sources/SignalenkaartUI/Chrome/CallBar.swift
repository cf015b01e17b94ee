import SwiftUI
import SignalenkaartCore

/// The call button for the zorgcoördinator, pinned below every screen that has one.
/// One tap sends the core's event; the core answers with the `Dial` effect. No
/// animation, no confirmation of our own: the system's call prompt is the only step.
/// Its text grows with Dynamic Type up to xxxLarge, each line shrinking to fit from
/// there: at the accessibility sizes the screen keeps its room (see `TopBar`); VoiceOver
/// reads the core's whole label.
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
                .lineLimit(1)
                .minimumScaleFactor(0.5)
                Spacer(minLength: 0)
            }
            .frame(maxWidth: .infinity, minHeight: 52, alignment: .leading)
        }
        .dynamicTypeSize(...DynamicTypeSize.xxxLarge)
        .buttonStyle(ActionButtonStyle(style: .primary))
        .accessibilityElement(children: .ignore)
        .accessibilityLabel(call.accessibilityLabel)
        .accessibilityAddTraits(.isButton)
        .padding(.horizontal, 16)
        .padding(.vertical, 6)
        .background(.bar)
    }
}
