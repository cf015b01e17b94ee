import SwiftUI
import SignalenkaartCore

/// Sends an event to the store. Views read it from the environment, so that no view
/// holds the store and every tap goes the same way.
public struct SendEvent: Sendable {
    private let action: @MainActor @Sendable (Event) -> Void

    /// Wraps the function that takes the events.
    public init(_ action: @escaping @MainActor @Sendable (Event) -> Void) {
        self.action = action
    }

    /// Sends `event`.
    @MainActor
    public func callAsFunction(_ event: Event) {
        action(event)
    }
}

private enum SendEventKey: EnvironmentKey {
    static let defaultValue = SendEvent { _ in }
}

extension EnvironmentValues {
    /// Where taps and text changes go.
    public var send: SendEvent {
        get { self[SendEventKey.self] }
        set { self[SendEventKey.self] = newValue }
    }
}
