import Foundation
import SignalenkaartCore

/// What the store needs from the core. The generated `Core` conforms; tests use a fake.
public protocol CoreDispatching: AnyObject, Sendable {
    /// Handles one event and returns the new view with the effects to carry out.
    func dispatch(event: Event) -> Update
    /// The current view.
    func view() -> ViewModel
}

extension Core: CoreDispatching {}

/// Carries out the platform actions the core asks for (dial, share, …).
@MainActor
public protocol EffectHandler: AnyObject {
    /// Performs one effect. Called on the main actor, in the order the core gave them.
    func perform(_ effect: Effect)
}

/// The shell's only state holder: it publishes the core's view model and nothing else.
///
/// Events are dispatched one at a time, in the order they were sent, off the main
/// actor: unlocking runs Argon2id, which takes a noticeable fraction of a second.
/// Intermediate views are not published while later events are still queued, so a
/// text field never shows an older text than the one being typed. When a view asks for
/// a heartbeat (`nextHeartbeatMs`) the store sends `.heartbeat` on time; a newer view
/// replaces the deadline. A quick exit does not queue behind an event in progress: it
/// goes to the core at once, which answers it at once, and its view is published at
/// once. Updates are applied in the core's order (`revision`): an older one is stale and
/// skipped whole.
@MainActor
public final class Store: ObservableObject {
    /// The view to render.
    @Published public private(set) var view: ViewModel

    private let core: CoreDispatching
    private let effects: EffectHandler
    private let events: AsyncStream<Event>.Continuation
    private var queued = 0
    private var applied: UInt64 = 0
    private var heartbeat: Task<Void, Never>?

    /// Starts a store over `core`. Lives as long as the app: its dispatch loop ends
    /// only when the store is released.
    public init(core: CoreDispatching, effects: EffectHandler) {
        self.view = core.view()
        self.core = core
        self.effects = effects
        var continuation: AsyncStream<Event>.Continuation!
        let stream = AsyncStream<Event>(bufferingPolicy: .unbounded) { continuation = $0 }
        self.events = continuation
        let worker = CoreWorker(core: core)
        Task { [weak self] in
            for await event in stream {
                let update = await worker.dispatch(event)
                guard let self else { return }
                self.apply(update)
            }
        }
    }

    /// Sends an event to the core. Returns at once; the view follows.
    public func send(_ event: Event) {
        queued += 1
        if case .quickExit = event {
            let core = self.core
            Task.detached { [weak self] in
                let update = core.dispatch(event: event)
                await self?.apply(update, urgent: true)
            }
            return
        }
        events.yield(event)
    }

    private func apply(_ update: Update, urgent: Bool = false) {
        queued -= 1
        guard update.revision > applied else { return }
        applied = update.revision
        if queued == 0 || urgent {
            view = update.view
        }
        scheduleHeartbeat(after: update.view.nextHeartbeatMs)
        for effect in update.effects {
            effects.perform(effect)
        }
    }
}

extension Store {
    /// Replaces the pending heartbeat with one due in `milliseconds`, or none.
    private func scheduleHeartbeat(after milliseconds: UInt32?) {
        heartbeat?.cancel()
        heartbeat = milliseconds.map { milliseconds in
            Task { [weak self] in
                try? await Task.sleep(nanoseconds: UInt64(milliseconds) * 1_000_000)
                guard !Task.isCancelled else { return }
                self?.send(.heartbeat)
            }
        }
    }
}

/// Runs the core's dispatch off the main actor, one event at a time.
private actor CoreWorker {
    private let core: CoreDispatching

    init(core: CoreDispatching) {
        self.core = core
    }

    func dispatch(_ event: Event) -> Update {
        core.dispatch(event: event)
    }
}
