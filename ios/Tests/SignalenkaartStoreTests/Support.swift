import Foundation
import Observation
import XCTest
import SignalenkaartCore
import SignalenkaartStore

/// Waits until `condition` holds, checking on the main actor; fails after `seconds`.
@MainActor
func until(
    seconds: Double = 5,
    file: StaticString = #filePath,
    line: UInt = #line,
    _ condition: () -> Bool
) async throws {
    let deadline = Date().addingTimeInterval(seconds)
    while !condition() {
        if Date() > deadline {
            XCTFail("condition not met within \(seconds) s", file: file, line: line)
            return
        }
        try await Task.sleep(nanoseconds: 1_000_000)
    }
}

/// Answers every event with a view titled with the number of events so far (a quick
/// exit: "quick exit"); an edit of the note field shows the edited text. The same fake as
/// the Android store scenarios' `FakeCore`.
final class FakeCore: CoreDispatching, @unchecked Sendable {
    private let lock = NSLock()
    private let effects: [Effect]
    private let delay: Double
    private var events: [Event] = []
    private var onMain: [Bool] = []
    private var noteText = ""
    private var holds = 0
    private var waiting = false
    private var arrived: UInt64 = 0
    private let gate = DispatchSemaphore(value: 0)
    /// Revisions to hand out, in order; counting up once used up.
    var revisions: [UInt64] = []
    /// Heartbeat deadlines for the updates' views, in order; none once used up.
    var heartbeats: [Int64?] = []
    /// What `view()` answers: its title and heartbeat.
    var viewTitle = "0"
    var viewHeartbeat: Int64?
    /// The next dispatch throws, as on a closed core.
    var failNextDispatch = false
    /// Every `view()` throws.
    var failView = false

    init(effects: [Effect] = [], delay: Double = 0) {
        self.effects = effects
        self.delay = delay
    }

    /// The next event other than a quick exit waits inside the core until `release()`.
    func holdFirst() {
        hold(1)
    }

    /// The next `count` events other than a quick exit each wait inside the core for a
    /// `release()`.
    func hold(_ count: Int) {
        lock.withLock { holds = count }
    }

    /// Whether a held event has reached the core and waits there: an event sent after
    /// this point arrives after it, whatever the threads' timing.
    var isHolding: Bool {
        lock.withLock { waiting }
    }

    /// Lets the held event go on.
    func release() {
        gate.signal()
    }


    var received: [Event] {
        lock.withLock { events }
    }

    /// The texts of the note edits received, in order.
    var texts: [String] {
        received.compactMap { event in
            if case .edit(_, let text) = event { return text }
            return nil
        }
    }

    var dispatchedOnMainThread: [Bool] {
        lock.withLock { onMain }
    }

    struct Failure: Error {}

    func dispatch(event: Event) throws -> Update {
        // Numbered on arrival: an event held in the core is older than a quick exit that
        // overtook it, as the real core numbers them.
        let revision = lock.withLock {
            arrived += 1
            return revisions.isEmpty ? arrived : revisions.removeFirst()
        }
        let hold = event != .quickExit && lock.withLock {
            guard holds > 0 else { return false }
            holds -= 1
            return true
        }
        if hold {
            lock.withLock { waiting = true }
            // A broken test fails rather than hangs.
            _ = gate.wait(timeout: .now() + 10)
            lock.withLock { waiting = false }
        }
        if delay > 0 {
            Thread.sleep(forTimeInterval: delay)
        }
        return try lock.withLock {
            events.append(event)
            onMain.append(Thread.isMainThread)
            if failNextDispatch {
                failNextDispatch = false
                throw Failure()
            }
            if case .edit(.note, let text) = event {
                noteText = text
            }
            let title = event == .quickExit ? "quick exit" : String(events.count)
            let heartbeat = heartbeats.isEmpty ? nil : heartbeats.removeFirst()
            return Update(
                view: Self.view(title: title, note: noteText, heartbeat: heartbeat),
                effects: event == .quickExit ? [.hideApp] : effects,
                revision: revision
            )
        }
    }

    func view() throws -> ViewModel {
        let (failing, title, heartbeat) = lock.withLock { (failView, viewTitle, viewHeartbeat) }
        if failing { throw Failure() }
        return Self.view(title: title, note: "", heartbeat: heartbeat)
    }

    static func view(title: String, note: String, heartbeat: Int64?) -> ViewModel {
        let ok = SignalenkaartCore.Button(
            label: "OK", accessibilityLabel: "OK", enabled: true, event: .leaveNeutral
        )
        let field = SignalenkaartCore.TextField(
            id: .note, label: "Tekst van de notitie", text: note, placeholder: "",
            error: nil, maxChars: 5000, counter: nil, sensitive: true
        )
        return ViewModel(
            screen: .noteEditor(view: NoteEditorView(
                caseLabel: "", field: field, kind: ChoiceGroup(label: "", accessibilityLabel: "", options: []), kindHint: nil, sources: nil,
                save: ok, delete: nil
            )),
            title: title,
            back: nil,
            call: nil,
            quickExit: nil,
            lock: nil,
            notice: nil,
            discreet: false,
            language: .nl,
            nextHeartbeatMs: heartbeat
        )
    }
}

extension ViewModel {
    /// The note editor's text, if this is the note editor.
    var noteText: String? {
        if case .noteEditor(let view) = screen { return view.field.text }
        return nil
    }
}

/// Records the effects performed, and whether on the main thread; answers the first
/// dial with `answerToDial`, as a device without a phone app does; on `HideApp` runs
/// `onHideApp`, where the app closes a biometric prompt.
@MainActor
final class RecordingEffects: EffectHandler {
    private(set) var performed: [Effect] = []
    private(set) var onMainThread: [Bool] = []
    var answerToDial: ((String) -> Event)?
    var onHideApp: () -> Void = {}

    func perform(_ effect: Effect, send: SendEvent) {
        performed.append(effect)
        onMainThread.append(Thread.isMainThread)
        if case .dial(let telUri) = effect, let answer = answerToDial {
            answerToDial = nil
            send(answer(telUri))
        }
        if effect == .hideApp {
            onHideApp()
        }
    }
}

/// Every view the store publishes, read right after it was set (the store sets `view`
/// on the main actor; the reading task is queued there before the next update can be).
@MainActor
final class Recorder {
    private(set) var views: [ViewModel] = []
    /// Called with each view as it is recorded.
    var onView: (ViewModel) -> Void = { _ in }
    /// Called at the moment the store publishes (Observation's will-set, on the main
    /// actor), before `onView`: what the test knew then, whatever runs before the
    /// recording task on a busy machine.
    var onPublish: () -> Void = {}
    private let store: Store

    init(_ store: Store) {
        self.store = store
        track()
    }

    var titles: [String] { views.map(\.title) }

    /// Lets the last reading task run.
    func settle() async {
        for _ in 0..<10 { await Task.yield() }
    }

    private func track() {
        withObservationTracking {
            _ = store.view
        } onChange: { [weak self] in
            MainActor.assumeIsolated {
                guard let self else { return }
                self.onPublish()
                Task { @MainActor in
                    self.views.append(self.store.view)
                    self.onView(self.store.view)
                    self.track()
                }
            }
        }
    }
}
