import Foundation
import XCTest
import SignalenkaartCore
@testable import SignalenkaartStore

/// The iOS store's own promises beyond the shared scenarios (`StoreScenarioTests`):
/// typing never overtaken by a save or an older view, and `done` after the effects.
@MainActor
final class StoreTests: XCTestCase {
    func testTheSignalScreensChoiceTimeAndRemarkReachTheCoreInOrderWithTheSave() async throws {
        let core = FakeCore()
        let store = try Store(core: core, effects: RecordingEffects())
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

    func testNoPublishedViewIsOlderThanTheNewestTypedText() async throws {
        let core = FakeCore(delay: 0.003)
        let store = try Store(core: core, effects: RecordingEffects())
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

    func testDoneRunsAfterTheUpdateAndItsEffects() async throws {
        let core = FakeCore(effects: [.locked])
        let effects = RecordingEffects()
        let store = try Store(core: core, effects: effects)
        var seenAtDone: [Effect]?

        store.send(.phaseChanged(phase: .background)) { seenAtDone = effects.performed }
        try await until { seenAtDone != nil }

        XCTAssertEqual(seenAtDone, [.locked])
        XCTAssertEqual(store.view.title, "1")
    }
}
