import SignalenkaartCore

/// Sends an event to the store. Views get it from their environment, so that no view
/// holds the store and every tap goes the same way.
public struct SendEvent: Sendable {
    private let action: @MainActor @Sendable (Event) -> Void

    /// Wraps the function that takes the events.
    public init(_ action: @escaping @MainActor @Sendable (Event) -> Void) {
        self.action = action
    }

    /// The send function of `store`.
    public init(_ store: Store) {
        self.init { [weak store] event in store?.send(event) }
    }

    /// Sends `event`.
    @MainActor
    public func callAsFunction(_ event: Event) {
        action(event)
    }
}
