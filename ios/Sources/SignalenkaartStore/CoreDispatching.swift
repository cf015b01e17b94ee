import SignalenkaartCore

/// What the store needs from the core. The generated `Core` conforms (its calls never
/// throw: a failure inside the core comes back as a view with a notice, rule 5 of the
/// store protocol in the docs of `Core`); tests use a fake that throws, so the store's
/// handling of a throw is tested as on Android.
public protocol CoreDispatching: AnyObject, Sendable {
    /// Handles one event and returns the new view with the effects to carry out.
    /// Synchronous, and slow for a PIN: never called on the main actor.
    func dispatch(event: Event) throws -> Update
    /// The current view. Waits for an event in progress; called only at start and after
    /// a dispatch that threw (rule 6).
    func view() throws -> ViewModel
}

extension Core: CoreDispatching {}
