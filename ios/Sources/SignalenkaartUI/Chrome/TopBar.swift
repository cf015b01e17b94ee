import SwiftUI
import SignalenkaartCore

/// The navigation bar: back on the leading side, lock and quick exit on the trailing
/// side, the title below them so it can wrap at large text sizes.
struct TopBar: View {
    let view: ViewModel

    var body: some View {
        VStack(alignment: .leading, spacing: 4) {
            HStack(spacing: 8) {
                if let back = view.back {
                    BarButton(button: back, systemImage: "chevron.backward")
                }
                Spacer(minLength: 0)
                if let lock = view.lock {
                    BarButton(button: lock, systemImage: "lock")
                }
                if let quickExit = view.quickExit {
                    BarButton(button: quickExit, systemImage: "xmark.circle.fill")
                }
            }
            .frame(minHeight: 44)
            // On a case's screens the title is the case's label.
            Text(view.title)
                .font(.title2.weight(.bold))
                .frame(maxWidth: .infinity, alignment: .leading)
                .accessibilityAddTraits(.isHeader)
                .privacySensitive()
        }
        .padding(.horizontal, 16)
        .padding(.vertical, 8)
        .background(.bar)
    }
}

/// A bar button: icon and label where they fit, the icon alone where they do not. The
/// core's accessibility label is read either way.
private struct BarButton: View {
    let button: CoreButton
    let systemImage: String
    @Environment(\.send) private var send

    var body: some View {
        SwiftUI.Button {
            send(button.event)
        } label: {
            ViewThatFits(in: .horizontal) {
                Label(button.label, systemImage: systemImage)
                    .labelStyle(.titleAndIcon)
                Label(button.label, systemImage: systemImage)
                    .labelStyle(.iconOnly)
            }
            .frame(minWidth: 44, minHeight: 44)
            .contentShape(Rectangle())
        }
        .buttonStyle(.borderless)
        .disabled(!button.enabled)
        .accessibilityLabel(button.accessibilityLabel)
    }
}
