import SignalenkaartCore
import SignalenkaartStore
import SwiftUI
import UIKit

/// The whole app: the bar (back, title, lock, quick exit), the notice, the screen and
/// the call button, all as the core describes them.
///
/// Nothing here animates: the call button and the quick exit must act in the frame
/// they are tapped in.
public struct RootView: View {
    private let store: Store

    /// Renders `store`'s view.
    public init(store: Store) {
        self.store = store
    }

    public var body: some View {
        let view = store.view
        VStack(spacing: 0) {
            TopBar(view: view)
            if let notice = view.notice {
                NoticeBanner(notice: notice)
            }
            ScreenView(screen: view.screen)
                .frame(maxWidth: .infinity, maxHeight: .infinity)
            if let call = view.call {
                CallBar(call: call)
            }
        }
        .backSwipe(view.back)
        .tint(view.discreet ? Color.primary : Color.accentColor)
        .environment(\.send, SendEvent(store))
        .environment(\.coreIsIdle, store.isIdle)
        .transaction { $0.animation = nil }
        .onChange(of: view.title) {
            // A new title means a new screen: move VoiceOver to it.
            UIAccessibility.post(notification: .screenChanged, argument: nil)
        }
    }
}

/// Maps the platform's back gesture (a swipe from the leading edge) to the core's back
/// button, where there is one. Both languages (nl, en) are left-to-right.
private struct BackSwipe: ViewModifier {
    let back: CoreButton?
    @Environment(\.send) private var send

    func body(content: Content) -> some View {
        content.simultaneousGesture(
            DragGesture(minimumDistance: 24).onEnded { drag in
                guard let back, back.enabled,
                      drag.startLocation.x < 32,
                      drag.translation.width > 80,
                      abs(drag.translation.height) < drag.translation.width
                else { return }
                send(back.event)
            }
        )
    }
}

private extension View {
    func backSwipe(_ back: CoreButton?) -> some View {
        modifier(BackSwipe(back: back))
    }
}
