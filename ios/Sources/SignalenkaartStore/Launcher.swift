import Observation
import SignalenkaartCore

/// Starts the core and keeps what the app shows before it runs: waiting (iOS may
/// launch the app before the device's first unlock, when the vault's files cannot be
/// read), running, or the core's own words for a failed start, with a retry where one
/// can help. A failed start never needs a force-quit.
@MainActor
@Observable
public final class Launcher {
    /// What the app shows.
    public enum State {
        /// The core has not been started yet.
        case waiting
        /// The core runs; render its store.
        case running(Store)
        /// The core could not start; show this, worded by the core.
        case failed(StartFailureView)
    }

    /// The current state.
    public private(set) var state = State.waiting

    @ObservationIgnored private let language: Language
    @ObservationIgnored private let effects: any EffectHandler
    @ObservationIgnored private let makeCore: @MainActor () throws -> any CoreDispatching

    /// A launcher that starts cores with `makeCore` (which throws `CoreError`) and words
    /// a failure in `language`.
    public init(
        language: Language,
        effects: any EffectHandler,
        makeCore: @escaping @MainActor () throws -> any CoreDispatching
    ) {
        self.language = language
        self.effects = effects
        self.makeCore = makeCore
    }

    /// The store, once the core runs.
    public var store: Store? {
        if case .running(let store) = state { return store }
        return nil
    }

    /// Starts the core unless it runs; also the retry after a failure.
    public func start() {
        if case .running = state { return }
        do {
            state = .running(try Store(core: try makeCore(), effects: effects))
        } catch let error as CoreError {
            state = .failed(error.startFailure(language: language))
        } catch {
            // Only the platform glue around the core could throw anything else; its
            // text may name files, so it is not shown.
            state = .failed(CoreError.Internal(detail: "platform").startFailure(language: language))
        }
    }
}
