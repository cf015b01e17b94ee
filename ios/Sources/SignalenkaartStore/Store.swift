import Foundation
import Observation
import SignalenkaartCore

/// The shell's only state holder: it publishes the core's view model and nothing else.
///
/// It follows the store protocol written once in the docs of `Core` (rules 1 to 6), as
/// the Android store does; the same named scenarios test both (`StoreScenarioTests`
/// here, `StoreScenariosTest` on Android). `send` hands an event to the core on one
/// queue off the main actor (rule 1: unlocking runs Argon2id, which takes a noticeable
/// fraction of a second), a quick exit on its own (rule 2), and applies the answer on
/// the main actor.
@MainActor
@Observable
public final class Store {
    /// The view to render. Set only when published (rule 3).
    public private(set) var view: ViewModel

    /// False from a send until no sent event is waiting any more (rule 3). Text fields
    /// use it to tell the echo of their own typing from a change the core made (see
    /// `TypedText`).
    public private(set) var isIdle = true

    @ObservationIgnored private let core: any CoreDispatching
    @ObservationIgnored private let effects: any EffectHandler
    /// One event at a time, in order: the core's own thread, as on Android. Not the
    /// cooperative pool, which a PIN check would block.
    @ObservationIgnored private let worker = DispatchQueue(label: "signalenkaart.core")
    /// The quick exit's own queue, so it never waits behind the worker (rule 2).
    @ObservationIgnored private let urgent = DispatchQueue(label: "signalenkaart.quick-exit")
    @ObservationIgnored private var pending = 0
    /// The revision of the last applied update (rule 1).
    @ObservationIgnored private var applied: UInt64 = 0
    /// The newest applied view, until it is published (rule 3).
    @ObservationIgnored private var unpublished: ViewModel?
    @ObservationIgnored private var heartbeat: Task<Void, Never>?
    /// For the tests: called with each view as it is published, right after (Observation
    /// only tells before a change, and may fold two into one).
    @ObservationIgnored var onPublish: ((ViewModel) -> Void)?

    /// Starts a store over `core` with the core's current view; throws what `view()`
    /// throws.
    public init(core: any CoreDispatching, effects: any EffectHandler) throws {
        self.view = try core.view()
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
            let answer = Answer(core, event)
            // The main queue keeps the order the updates were made in.
            DispatchQueue.main.async {
                MainActor.assumeIsolated {
                    self?.apply(answer, urgent: isQuickExit, then: done)
                }
            }
        }
    }

    /// Applies one answer (rule 1: a stale update is skipped whole), carries out its
    /// effects in order (rule 3), and publishes the newest view when no sent event is
    /// waiting, or at once for a quick exit (rule 3).
    private func apply(
        _ answer: Answer,
        urgent: Bool,
        then done: (@MainActor @Sendable () -> Void)?
    ) {
        pending -= 1
        switch answer {
        case .update(let update) where update.revision > applied:
            applied = update.revision
            newest(update.view)
            for effect in update.effects {
                effects.perform(effect, send: SendEvent(self))
            }
        case .update:
            break
        case .failed(let current):
            if let current {
                newest(current)
            }
        }
        // Also when this update was stale: the newest view applied before it waited
        // only for the queue to empty.
        if let newest = unpublished, pending == 0 || urgent {
            unpublished = nil
            view = newest
            onPublish?(newest)
        }
        setIdle(pending == 0)
        done?()
    }

    /// The newest applied view: published under rule 3; its heartbeat counts now (rule 4).
    private func newest(_ applied: ViewModel) {
        unpublished = applied
        scheduleHeartbeat(after: applied.nextHeartbeatMs)
    }

    /// Observation notifies on every set: only a real change reaches the fields.
    private func setIdle(_ idle: Bool) {
        if isIdle != idle {
            isIdle = idle
        }
    }

    /// Rule 4: replaces the pending heartbeat with one due in `milliseconds`, or none.
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

/// What came back for one event: its update, or the view after a throw (rule 5).
private enum Answer: Sendable {
    case update(Update)
    /// The dispatch threw: the event counts as answered, and the core's view as it
    /// stands is the newest (`nil` if that threw too: the last view stays). Not
    /// logged: the event may hold case data.
    case failed(current: ViewModel?)

    init(_ core: any CoreDispatching, _ event: Event) {
        do {
            self = .update(try core.dispatch(event: event))
        } catch {
            self = .failed(current: try? core.view())
        }
    }
}
