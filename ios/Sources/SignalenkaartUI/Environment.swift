import SignalenkaartStore
import SwiftUI

private enum SendEventKey: EnvironmentKey {
    static let defaultValue = SendEvent { _ in }
}

private enum CoreIsIdleKey: EnvironmentKey {
    static let defaultValue = true
}

extension EnvironmentValues {
    /// Where taps and text changes go.
    public var send: SendEvent {
        get { self[SendEventKey.self] }
        set { self[SendEventKey.self] = newValue }
    }

    /// Whether the core has answered every event sent (`Store.isIdle`); text fields read
    /// it to tell the echo of their own typing from the core's change.
    var coreIsIdle: Bool {
        get { self[CoreIsIdleKey.self] }
        set { self[CoreIsIdleKey.self] = newValue }
    }
}
