import SwiftUI
import SignalenkaartCore

/// How an action button looks. The core decides what a button does; the screen decides
/// only how prominent it is.
enum ActionStyle {
    /// The screen's main action.
    case primary
    /// Any other action.
    case secondary
    /// An action that destroys data (after the core's confirmation).
    case destructive
}

/// A button the core describes, at least 44 pt high and as wide as it may be.
struct ActionButton: View {
    let button: CoreButton
    var style: ActionStyle = .secondary
    @Environment(\.send) private var send

    var body: some View {
        SwiftUI.Button(role: style == .destructive ? .destructive : nil) {
            send(button.event)
        } label: {
            Text(button.label)
                .frame(maxWidth: .infinity, minHeight: 44)
        }
        .buttonStyle(ActionButtonStyle(style: style))
        .disabled(!button.enabled)
        .accessibilityLabel(button.accessibilityLabel)
    }
}

/// Filled for the main action, tinted for the others, red for destructive ones. Pressing
/// dims at once, without animation.
struct ActionButtonStyle: ButtonStyle {
    let style: ActionStyle
    @Environment(\.isEnabled) private var isEnabled

    func makeBody(configuration: Configuration) -> some View {
        let color: Color = style == .destructive ? .red : .accentColor
        configuration.label
            .font(.body.weight(style == .primary ? .semibold : .regular))
            .multilineTextAlignment(.center)
            .padding(.horizontal, 12)
            .padding(.vertical, 8)
            .foregroundStyle(style == .primary ? Color.white : color)
            .background(
                RoundedRectangle(cornerRadius: 10)
                    .fill(style == .primary ? color : color.opacity(0.12))
            )
            .opacity(isEnabled ? (configuration.isPressed ? 0.6 : 1) : 0.4)
            .contentShape(Rectangle())
    }
}
