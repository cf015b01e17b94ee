import SwiftUI
import SignalenkaartCore

/// The PIN pad. The core's keys only (1–9, backspace, 0, confirm): no system keyboard,
/// so no keyboard app, predictive bar or hardware-keyboard history ever sees the PIN.
/// The digits never leave the core; the shell only learns how many were entered. Below
/// the keys, the unlock by fingerprint or face where the core offers it; above them, why
/// the PIN is asked instead.
struct PinScreen: View {
    let view: PinView

    private let columns = Array(repeating: GridItem(.flexible(), spacing: 12), count: 3)

    var body: some View {
        // Not a ScreenPage: the instruction stays at the top and the pad at the bottom at
        // every text size; only the explanation between them scrolls (its end first, next
        // to the messages), so what the PIN must be never scrolls away.
        VStack(alignment: .leading, spacing: 12) {
            Text(view.instruction)
                .fixedSize(horizontal: false, vertical: true)
            if let explanation = view.explanation {
                ScrollView {
                    Footnote(text: explanation)
                        .frame(maxWidth: .infinity, alignment: .leading)
                }
                .defaultScrollAnchor(.bottom)
            }
            Spacer(minLength: 0)
            EnteredDots(count: Int(view.entered), label: view.enteredLabel)
            // The messages keep their space whether shown or not: a key that moves under
            // the thumb is a mistap that counts toward the wipe.
            VStack(spacing: 4) {
                Text(view.biometricNote ?? " ")
                    .font(.footnote)
                    .foregroundStyle(.secondary)
                    .accessibilityHidden(view.biometricNote == nil)
                Text(view.error ?? " ")
                    .foregroundStyle(.red)
                    .accessibilityHidden(view.error == nil)
                Text(view.attempts ?? view.retry ?? " ")
                    .font(.body.weight(.semibold))
                    .accessibilityHidden(view.attempts == nil && view.retry == nil)
            }
            .lineLimit(2, reservesSpace: true)
            .minimumScaleFactor(0.5)
            LazyVGrid(columns: columns, spacing: 12) {
                ForEach(Array(view.keys.enumerated()), id: \.offset) { _, key in
                    PinKey(button: key)
                }
            }
            .dynamicTypeSize(...DynamicTypeSize.accessibility2)
            BiometricKey(button: view.biometric)
                .dynamicTypeSize(...DynamicTypeSize.accessibility2)
        }
        .padding(16)
        .frame(maxWidth: .infinity, maxHeight: .infinity, alignment: .top)
    }
}

/// One dot per digit entered; VoiceOver reads the core's worded count instead.
private struct EnteredDots: View {
    let count: Int
    let label: String

    var body: some View {
        HStack(spacing: 12) {
            ForEach(0..<count, id: \.self) { _ in
                Circle()
                    .frame(width: 14, height: 14)
            }
        }
        .frame(maxWidth: .infinity, minHeight: 24)
        .accessibilityElement(children: .ignore)
        .accessibilityLabel(label)
    }
}

private struct PinKey: View {
    let button: CoreButton
    @Environment(\.send) private var send

    var body: some View {
        SwiftUI.Button {
            send(button.event)
        } label: {
            Text(button.label)
                .font(.title2.monospacedDigit())
                .frame(maxWidth: .infinity, minHeight: 60)
        }
        .buttonStyle(ActionButtonStyle(style: .secondary))
        .disabled(!button.enabled)
        .accessibilityLabel(button.accessibilityLabel)
    }
}

/// The unlock by fingerprint or face, below the keys. Its room is kept when the core
/// offers none (after a quick exit, a wrong PIN, on the other pads), so the keys above
/// never move when it comes or goes; one line at every text size, as the placeholder.
private struct BiometricKey: View {
    let button: CoreButton?
    @Environment(\.send) private var send

    var body: some View {
        SwiftUI.Button {
            if let button { send(button.event) }
        } label: {
            Text(button?.label ?? " ")
                .lineLimit(1)
                .minimumScaleFactor(0.5)
                .frame(maxWidth: .infinity, minHeight: 44)
        }
        .buttonStyle(ActionButtonStyle(style: .secondary))
        .disabled(!(button?.enabled ?? false))
        .opacity(button == nil ? 0 : 1)
        .accessibilityHidden(button == nil)
        .accessibilityLabel(button?.accessibilityLabel ?? "")
    }
}
