import SwiftUI
import UIKit
import SignalenkaartCore

/// An error or confirmation, worded by the core, with its undo (where the core offers
/// one) and dismiss buttons. VoiceOver reads it when it appears.
struct NoticeBanner: View {
    let notice: Notice

    var body: some View {
        HStack(alignment: .center, spacing: 12) {
            Image(systemName: isError ? "exclamationmark.triangle.fill" : "checkmark.circle.fill")
                .foregroundStyle(isError ? Color.red : Color.green)
                .accessibilityHidden(true)
            Text(notice.text)
                .frame(maxWidth: .infinity, alignment: .leading)
            // "Ongedaan maken": offered until the next tap; never on a timer.
            if let action = notice.action {
                ActionButton(button: action, style: .primary)
                    .fixedSize()
            }
            ActionButton(button: notice.dismiss)
                .fixedSize()
        }
        .padding(12)
        .background((isError ? Color.red : Color.green).opacity(0.12))
        .onAppear(perform: announce)
        .onChange(of: notice.text) { announce() }
    }

    private var isError: Bool {
        notice.kind == .error
    }

    private func announce() {
        UIAccessibility.post(notification: .announcement, argument: notice.text)
    }
}
