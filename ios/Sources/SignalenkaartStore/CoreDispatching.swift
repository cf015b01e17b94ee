import SignalenkaartCore

/// What the store needs from the core. The generated `Core` conforms; tests use a fake.
public protocol CoreDispatching: AnyObject, Sendable {
    /// Handles one event and returns the new view with the effects to carry out.
    /// Synchronous, and slow for a PIN: never called on the main actor.
    func dispatch(event: Event) -> Update
    /// The current view.
    func view() -> ViewModel
}

extension Core: CoreDispatching {}
