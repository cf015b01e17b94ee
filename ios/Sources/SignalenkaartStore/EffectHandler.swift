import SignalenkaartCore

/// Carries out the platform actions the core asks for (dial, share, …). The app's
/// implementation maps each effect to a platform call and decides nothing.
@MainActor
public protocol EffectHandler: AnyObject {
    /// Performs one effect. Called on the main actor, in the order the core gave them.
    /// `send` reports back what the platform could not do (a `Dial` no app could open:
    /// `Event.dialFailed`), so the core words it.
    func perform(_ effect: Effect, send: SendEvent)
}
