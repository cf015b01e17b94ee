import SwiftUI
import SignalenkaartCore

/// The navigation bar on one row at every text size: back, the title, lock and quick
/// exit, so the quick exit is always found next to the title. The bar's text grows with
/// Dynamic Type up to xxxLarge and no further; a title that does not fit in two lines
/// is drawn smaller (down to half). With the call bar it keeps within about a sixth of a
/// small phone's height at the accessibility sizes, as the Android shell does.
struct TopBar: View {
    let view: ViewModel

    var body: some View {
        HStack(spacing: 8) {
            if let back = view.back {
                BarButton(button: back, systemImage: "chevron.backward")
            }
            // On a case's screens the title is the case's label.
            Text(view.title)
                .font(.headline)
                .lineLimit(2)
                .minimumScaleFactor(0.5)
                .frame(maxWidth: .infinity, alignment: .leading)
                .accessibilityAddTraits(.isHeader)
                .privacySensitive()
            if let lock = view.lock {
                BarButton(button: lock, systemImage: "lock")
            }
            if let quickExit = view.quickExit {
                BarButton(button: quickExit, systemImage: "xmark.circle.fill")
                    .layoutPriority(1)
            }
        }
        .frame(minHeight: 44)
        .dynamicTypeSize(...DynamicTypeSize.xxxLarge)
        .padding(.horizontal, 16)
        .padding(.vertical, 4)
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
