import Foundation
import Observation
import SignalenkaartCore

/// The shell's only state holder: it publishes the core's view model and nothing else.
///
/// Events are dispatched one at a time, in the order they were sent, off the main
/// actor: unlocking runs Argon2id, which takes a noticeable fraction of a second.
/// Updates come back to the main actor in that order; an update is published only when
/// no later event is waiting, so the views in between are never drawn and a text field
/// never shows an older text than the one being typed. Effects are carried out for every
/// update, on the main actor, in the core's order.
///
/// When a view asks for a heartbeat (`nextHeartbeatMs`) the store sends `.heartbeat` on
/// time; a newer view replaces the deadline. A quick exit does not queue behind an event
/// in progress: it goes to the core at once, which answers it at once, and its view is
/// published at once. Updates are applied in the core's order (`revision`): an older one
/// is stale and skipped whole.
@MainActor
@Observable
public final class Store {
    /// The view to render.
    public private(set) var view: ViewModel

    /// Whether every event sent has been answered and applied. Text fields use it to
    /// tell the echo of their own typing from a change the core made (see `TypedText`).
    public private(set) var isIdle = true

    @ObservationIgnored private let core: any CoreDispatching
    @ObservationIgnored private let effects: any EffectHandler
    /// One event at a time, in order: the core's own thread, as on Android. Not the
    /// cooperative pool, which a PIN check would block.
    @ObservationIgnored private let worker = DispatchQueue(label: "signalenkaart.core")
    /// The quick exit's own queue, so it never waits behind the worker.
    @ObservationIgnored private let urgent = DispatchQueue(label: "signalenkaart.quick-exit")
    @ObservationIgnored private var pending = 0
    @ObservationIgnored private var applied: UInt64 = 0
    /// The newest applied view, until it is published.
    @ObservationIgnored private var unpublished: ViewModel?
    @ObservationIgnored private var heartbeat: Task<Void, Never>?

    /// Starts a store over `core`.
    public init(core: any CoreDispatching, effects: any EffectHandler) {
        self.view = core.view()
        self.core = core
        self.effects = effects
        scheduleHeartbeat(after: view.nextHeartbeatMs)
    }

    /// Sends an event to the core and returns at once; the view follows. `done` runs on
    /// the main actor once the event's update was applied and its effects carried out
    /// (the app ends a background task there).
    public func send(_ event: Event, then done: (@MainActor @Sendable () -> Void)? = nil) {
        pending += 1
        setIdle(false)
        let isQuickExit = event == .quickExit
        let core = self.core
        (isQuickExit ? urgent : worker).async { [weak self] in
            let update = core.dispatch(event: event)
            // The main queue keeps the order the updates were made in.
            DispatchQueue.main.async {
                MainActor.assumeIsolated {
                    self?.apply(update, urgent: isQuickExit, then: done)
                }
            }
        }
    }

    private func apply(
        _ update: Update,
        urgent: Bool,
        then done: (@MainActor @Sendable () -> Void)?
    ) {
        pending -= 1
        if update.revision > applied {
            applied = update.revision
            unpublished = update.view
            scheduleHeartbeat(after: update.view.nextHeartbeatMs)
            for effect in update.effects {
                effects.perform(effect, send: SendEvent(self))
            }
        }
        // Also when this update was stale: the newest view applied before it waited
        // only for the queue to empty.
        if let newest = unpublished, pending == 0 || urgent {
            unpublished = nil
            view = newest
        }
        setIdle(pending == 0)
        done?()
    }

    /// Observation notifies on every set: only a real change reaches the fields.
    private func setIdle(_ idle: Bool) {
        if isIdle != idle {
            isIdle = idle
        }
    }

    /// Replaces the pending heartbeat with one due in `milliseconds`, or none.
    private func scheduleHeartbeat(after milliseconds: Int64?) {
        heartbeat?.cancel()
        heartbeat = milliseconds.map { milliseconds in
            Task { [weak self] in
                try? await Task.sleep(nanoseconds: UInt64(max(milliseconds, 0)) * 1_000_000)
                guard !Task.isCancelled else { return }
                self?.send(.heartbeat)
            }
        }
    }
}
