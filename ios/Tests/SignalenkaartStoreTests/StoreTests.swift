import Foundation
import XCTest
import SignalenkaartCore
@testable import SignalenkaartStore

/// The store's promises, checked against a fake core: order, off-main dispatch, only
/// the newest view published, effects carried out in order on the main actor, the quick
/// exit past the queue, stale updates skipped, heartbeats on time.
@MainActor
final class StoreTests: XCTestCase {
    func testEventsReachTheCoreInTheOrderSent() async throws {
        let core = FakeCore()
        let store = Store(core: core, effects: RecordingEffects())
        let events: [Event] = [.pinDigit(digit: 1), .pinDigit(digit: 2), .pinSubmit]

        events.forEach { store.send($0) }
        try await until { store.view.title == "3" }

        XCTAssertEqual(core.received, events)
    }

    func testTheSignalScreensChoiceTimeAndRemarkReachTheCoreInOrderWithTheSave() async throws {
        let core = FakeCore()
        let store = Store(core: core, effects: RecordingEffects())
        let events: [Event] = [
            .chooseSeen(choice: .yesterday),
            .edit(field: .seenTime, text: "16:30"),
            .edit(field: .remark, text: "bij de voordeur\nzegt 'geld voor oom'"),
            .saveSignalDetail,
        ]

        events.forEach { store.send($0) }
        try await until { store.view.title == "4" }

        XCTAssertEqual(core.received, events, "the save never overtakes what was typed")
    }

    func testDispatchRunsOffTheMainThread() async throws {
        let core = FakeCore()
        let store = Store(core: core, effects: RecordingEffects())

        store.send(.heartbeat)
        try await until { store.view.title == "1" }

        XCTAssertEqual(core.dispatchedOnMainThread, [false])
    }

    func testViewsOfEventsStillQueuedBehindOthersAreNeverPublished() async throws {
        let core = FakeCore()
        core.holdFirst()
        let store = Store(core: core, effects: RecordingEffects())
        let published = Recorder(store)

        store.send(.edit(field: .note, text: "a"))
        store.send(.edit(field: .note, text: "ab"))
        store.send(.edit(field: .note, text: "abc"))
        XCTAssertFalse(store.isIdle)
        core.release()
        try await until { store.view.title == "3" }
        await published.settle()

        XCTAssertEqual(published.titles, ["3"], "the views of 1 and 2 came while 3 was queued")
        XCTAssertTrue(store.isIdle)
    }

    func testNoPublishedViewIsOlderThanTheNewestTypedText() async throws {
        let core = FakeCore(delay: 0.003)
        let store = Store(core: core, effects: RecordingEffects())
        let published = Recorder(store)
        var typed = ""
        // What was typed at each publication, taken at the moment the store publishes:
        // the recording task after it may run only once more was typed (a busy machine).
        var typedAtPublish: [String] = []
        var newestWhenPublished: [String: String] = [:]
        published.onPublish = { typedAtPublish.append(typed) }
        published.onView = { view in
            newestWhenPublished[view.title] = typedAtPublish.isEmpty ? "" : typedAtPublish.removeFirst()
        }

        for character in "Zoon brengt pakketjes rond 🚲" {
            typed.append(character)
            store.send(.edit(field: .note, text: typed))
            // Typing at a human pace, with views arriving in between.
            try await Task.sleep(nanoseconds: 2_000_000)
        }
        try await until { store.isIdle && core.texts.last == typed }
        await published.settle()

        XCTAssertFalse(published.views.isEmpty)
        for view in published.views {
            // A view read after its publication may be a later one, never an older one.
            let text = view.noteText ?? ""
            let newest = newestWhenPublished[view.title] ?? ""
            XCTAssertTrue(
                text.count >= newest.count && typed.hasPrefix(text),
                "view \(view.title): \(text) published while \(newest) was typed"
            )
        }
        XCTAssertEqual(store.view.noteText, typed)
    }

    func testEffectsAreCarriedOutInTheCoresOrderOnTheMainActor() async throws {
        let core = FakeCore(effects: [.locked, .dial(telUri: "tel:+31135498430"), .hideApp])
        let effects = RecordingEffects()
        let store = Store(core: core, effects: effects)

        store.send(.heartbeat)
        store.send(.heartbeat)
        try await until { effects.performed.count == 6 }

        XCTAssertEqual(
            effects.performed,
            [.locked, .dial(telUri: "tel:+31135498430"), .hideApp,
             .locked, .dial(telUri: "tel:+31135498430"), .hideApp]
        )
        XCTAssertEqual(effects.onMainThread, Array(repeating: true, count: 6))
    }

    func testWhatThePlatformCouldNotDoGoesBackToTheCore() async throws {
        let core = FakeCore(effects: [.dial(telUri: "tel:+31135498430")])
        let effects = RecordingEffects()
        effects.answerToDial = { .dialFailed(telUri: $0) }
        let store = Store(core: core, effects: effects)

        store.send(.call(contactId: "zorgcoordinator"))
        try await until { core.received.count == 2 }

        XCTAssertEqual(core.received.last, .dialFailed(telUri: "tel:+31135498430"))
    }

    func testAQuickExitIsAnsweredWhileAnotherEventIsStillWithTheCore() async throws {
        let core = FakeCore()
        core.holdFirst()
        let store = Store(core: core, effects: RecordingEffects())

        store.send(.pinSubmit)
        // The PIN check must be in the core before the quick exit overtakes it; on a busy
        // machine the worker may not have started it yet when the exit is sent.
        try await until { core.isHolding }
        store.send(.quickExit)
        try await until { store.view.title == "quick exit" }
        XCTAssertEqual(core.received, [.quickExit], "the PIN check is still held")

        core.release()
        try await until { store.isIdle }
        XCTAssertEqual(store.view.title, "quick exit", "the older PIN update is stale")
    }

    func testAStaleUpdateIsSkippedWholeEffectsIncluded() async throws {
        let core = FakeCore(effects: [.dial(telUri: "tel:0800 2000")])
        core.revisions = [5, 3]
        let effects = RecordingEffects()
        let store = Store(core: core, effects: effects)

        store.send(.heartbeat)
        store.send(.heartbeat)
        try await until { store.isIdle && core.received.count == 2 }

        XCTAssertEqual(store.view.title, "1")
        XCTAssertEqual(effects.performed, [.dial(telUri: "tel:0800 2000")])
    }

    func testTheHeartbeatTheViewAsksForIsSentAndANewerViewReplacesIt() async throws {
        let core = FakeCore()
        core.heartbeats = [20, nil]
        let store = Store(core: core, effects: RecordingEffects())

        store.send(.open(destination: .cases))
        try await until { core.received.count == 2 }
        XCTAssertEqual(core.received, [.open(destination: .cases), .heartbeat])
        // The heartbeat's view asks for none: nothing more comes.
        try await Task.sleep(nanoseconds: 100_000_000)
        XCTAssertEqual(core.received.count, 2)
    }

    func testDoneRunsAfterTheUpdateAndItsEffects() async throws {
        let core = FakeCore(effects: [.locked])
        let effects = RecordingEffects()
        let store = Store(core: core, effects: effects)
        var seenAtDone: [Effect]?

        store.send(.phaseChanged(phase: .background)) { seenAtDone = effects.performed }
        try await until { seenAtDone != nil }

        XCTAssertEqual(seenAtDone, [.locked])
        XCTAssertEqual(store.view.title, "1")
    }
}
