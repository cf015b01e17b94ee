import Foundation
import XCTest
import SignalenkaartCore
import SignalenkaartStore
import SignalenkaartTestSupport

/// The generated Swift against the real core, as the iOS shell drives it: every tap
/// taken from the view, the platform key and the clock written in Swift.
final class HomeVisitTests: XCTestCase {
    func testAHomeVisitFromTicksThroughThePinToTheCoordinatorsDial() throws {
        let shell = try Shell()
        let home = shell.view
        XCTAssertEqual(home.call?.number, "013 549 8430")
        guard case .home(let homeView) = home.screen,
              let signalsRow = homeView.sections.first(where: { $0.event == .open(destination: .signals) })
        else { return XCTFail("no signals row on \(home.screen)") }

        // Three ticks in the quick checklist; times in the Swift clock's CET.
        let signals = try XCTUnwrap(shell.send(signalsRow.event).view.signals)
        XCTAssertEqual(signals.items.count, 11)
        for item in signals.items.prefix(3) {
            XCTAssertEqual(shell.send(item.event).effects, [])
        }
        let ticked = try XCTUnwrap(shell.view.signals)
        XCTAssertEqual(ticked.count, "3 signalen")
        XCTAssertNil(ticked.items[0].detail, "a tick never grows the row")

        // Saving asks for a PIN (choose, repeat), then which case: a new one.
        let pad = shell.send(try XCTUnwrap(ticked.save).event).view
        XCTAssertEqual(pad.title, "Kies een pincode")
        shell.enter(pin)
        let cases = try XCTUnwrap(shell.enter(pin).cases)
        XCTAssertNotNil(cases.pickingForChecklist)
        guard case .label(let label) = shell.send(cases.newCase.event).view.screen else {
            return XCTFail("no label screen")
        }
        XCTAssertTrue(label.field.sensitive)
        // A label with a family emoji: several scalars, one character, whole in the core.
        shell.send(.edit(field: label.field.id, text: "gezin B. 👨‍👩‍👦"))
        let caseView = shell.send(label.submit.event).view
        XCTAssertEqual(caseView.title, "gezin B. 👨‍👩‍👦")
        guard case .case(let opened) = caseView.screen else { return XCTFail("no case") }
        XCTAssertEqual(opened.sections.first?.detail, "3 signalen")

        // Seen yesterday afternoon, ticked today: said on the signal's own screen.
        let caseSignals = try XCTUnwrap(shell.send(opened.sections[0].event).view.signals)
        let details = try XCTUnwrap(caseSignals.items[0].secondary)
        guard case .signalDetail(let detail) = shell.send(details.event).view.screen else {
            return XCTFail("no signal screen")
        }
        XCTAssertEqual(detail.recorded, "waargenomen 28-11-2026 14:00", "the Swift clock's CET")
        let yesterday = try XCTUnwrap(detail.seen.options.first { $0.event == .chooseSeen(choice: .yesterday) })
        shell.send(yesterday.event)
        shell.send(.edit(field: .seenTime, text: "16:30"))
        XCTAssertNotNil(shell.send(.saveSignalDetail).view.signals)
        guard case .signalDetail(let saved) = shell.send(details.event).view.screen else {
            return XCTFail("no signal screen")
        }
        XCTAssertEqual(saved.recorded, "waargenomen 27-11-2026 16:30 (vastgelegd 28-11-2026 14:00)")
        shell.send(.back)
        shell.send(.back)

        // One tap to call: the number in the form the phone app dials.
        let call = try XCTUnwrap(shell.view.call)
        XCTAssertEqual(shell.send(call.event).effects, [.dial(telUri: "tel:+31135498430")])
    }

    func testQuickExitLocksHidesTheAppAndRevealsNothing() throws {
        let shell = try Shell()
        shell.createVault()
        let signals = try XCTUnwrap(shell.goTo(.signals).view.signals)
        shell.send(signals.items[0].event)

        let exit = shell.send(try XCTUnwrap(shell.view.quickExit).event)
        XCTAssertEqual(exit.effects, [.locked, .hideApp])
        guard case .neutral(let neutral) = exit.view.screen else { return XCTFail("not neutral") }
        XCTAssertNil(exit.view.call)
        XCTAssertNil(exit.view.lock)
        let shown = "\(exit.view.title) \(neutral.text) \(neutral.action.label)".lowercased()
        for word in ["mensenhandel", "uitbuiting", "signalenkaart", "signa"] {
            XCTAssertFalse(shown.contains(word), "'\(word)' on the neutral screen: \(shown)")
        }

        guard case .home = shell.send(neutral.action.event).view.screen else {
            return XCTFail("leaving the neutral screen goes home")
        }
        let after = try XCTUnwrap(shell.goTo(.signals).view.signals)
        XCTAssertTrue(after.items.allSatisfy { !$0.checked }, "no tick is left on screen")
        XCTAssertNotNil(shell.goTo(.cases).view.pinPad, "the vault is locked")
    }

    func testAWipeDestroysTheSwiftKeyKeepsDiscreetModeAndLeavesAFreshVault() throws {
        let keys = SwiftKeyWrapper()
        let shell = try Shell(keys: keys)
        shell.createVault()
        shell.goTo(.settings)
        guard case .settings(let settings) = shell.send(.setDiscreet(enabled: true)).view.screen else {
            return XCTFail("no settings")
        }
        guard case .confirm(let confirm) = shell.send(settings.wipe.event).view.screen else {
            return XCTFail("no confirmation")
        }
        XCTAssertTrue(confirm.destructive)
        XCTAssertEqual(keys.destroyCalls, 0, "nothing erased before confirming")

        let wiped = shell.send(confirm.confirm.event)
        XCTAssertTrue(wiped.effects.contains(.wiped), "\(wiped.effects)")
        XCTAssertTrue(wiped.effects.contains(.setLauncherDiscreet(discreet: true)), "\(wiped.effects)")
        XCTAssertTrue(wiped.view.discreet, "discreet mode survives the wipe")
        XCTAssertGreaterThanOrEqual(keys.destroyCalls, 1)

        try shell.restart()
        let pad = shell.goTo(.cases).view
        XCTAssertNotNil(pad.pinPad)
        XCTAssertTrue(pad.discreet, "still discreet after a restart")
    }
}

/// The platform key in Swift, called from Rust.
final class KeyWrapperTests: XCTestCase {
    func testASwiftKeyProtectsTheVaultAcrossARestartAndAnotherKeyCannotOpenIt() throws {
        let shell = try Shell()
        shell.createVault()
        shell.send(.newCase)
        shell.send(.edit(field: .caseLabel, text: "school Oost"))
        shell.send(.submitLabel)

        try shell.restart()
        shell.goTo(.cases)
        let cases = try XCTUnwrap(shell.enter(pin).cases)
        XCTAssertEqual(cases.items.map(\.label), ["school Oost"])

        // Another phone's key, the same files and the right PIN: still locked.
        let other = try Shell(dir: shell.dir, keys: SwiftKeyWrapper())
        other.send(.open(destination: .cases))
        let refused = other.enter(pin)
        XCTAssertNotNil(refused.pinPad?.error)
        XCTAssertNil(refused.lock, "still locked")
    }

    func testAKeyStoreThatThrowsGivesTheUserAReasonAndNothingCrashes() throws {
        let keys = FlakyKeys()
        keys.failure = PlatformTrouble()
        let shell = try Shell(keys: keys)
        shell.goTo(.cases)
        shell.enter(pin)
        let view = shell.enter(pin)
        let error = try XCTUnwrap(view.pinPad?.error)
        XCTAssertTrue(error.contains("sleutelopslag"), error)
        XCTAssertFalse(error.contains("Secure Enclave exploded"), "no technical detail: \(error)")
        XCTAssertNil(view.lock, "no vault was created")

        // Once the key works, the vault can be made.
        keys.failure = nil
        shell.send(.openHome)
        shell.goTo(.cases)
        for _ in 0..<3 where shell.view.lock == nil {
            shell.enter(pin)
        }
        XCTAssertNotNil(shell.view.lock, "created once the key works")
    }

    func testATypedKeyWrapperErrorIsRefusedOnUnlockAndTheVaultOpensOnceItHeals() throws {
        let keys = FlakyKeys()
        let shell = try Shell(keys: keys)
        shell.createVault()
        shell.send(.lockNow)
        keys.failure = KeyWrapperError.Failed(reason: "interaction not allowed")
        shell.goTo(.cases)
        let refused = shell.enter(pin)
        XCTAssertNotNil(refused.pinPad?.error)
        XCTAssertNil(refused.lock)

        keys.failure = nil
        XCTAssertNotNil(shell.enter(pin).lock, "unlocks once the key works")
    }
}

/// Time from a clock written in Swift.
final class ClockTests: XCTestCase {
    func testIdleTimeOnTheSwiftClockLocksAtTheHeartbeatTheViewAskedFor() throws {
        let shell = try Shell()
        let due = try XCTUnwrap(shell.createVault().nextHeartbeatMs)
        XCTAssertEqual(due, 5 * 60 * 1000, "the auto-lock deadline")

        shell.clock.advance(Int64(due) - 1)
        XCTAssertEqual(shell.send(.heartbeat).effects, [], "a millisecond early")
        shell.clock.advance(1)
        let locked = shell.send(.heartbeat)
        XCTAssertEqual(locked.effects, [.locked])
        XCTAssertNil(locked.view.lock)
        XCTAssertNil(locked.view.nextHeartbeatMs, "nothing is due once locked")
    }

    func testAPinDelayRunsOnTheSwiftClockAndEndsWithTheHeartbeat() throws {
        let shell = try Shell()
        shell.createVault()
        shell.send(.lockNow)
        shell.goTo(.cases)
        var view = shell.view
        for _ in 0..<4 {
            view = shell.enter("480271")
        }
        let pad = try XCTUnwrap(view.pinPad)
        XCTAssertNotNil(pad.retry, "the fourth wrong PIN starts a delay")
        XCTAssertTrue(pad.keys.allSatisfy { !$0.enabled }, "the keys wait")
        let wait = try XCTUnwrap(view.nextHeartbeatMs)

        shell.clock.advance(Int64(wait))
        let ended = try XCTUnwrap(shell.send(.heartbeat).view.pinPad)
        XCTAssertNil(ended.retry)
        XCTAssertTrue(ended.keys.filter { $0.label != "OK" }.allSatisfy(\.enabled))
        XCTAssertNotNil(shell.enter(pin).lock, "the right PIN opens it after the delay")
    }
}

/// Constructor errors arrive as `CoreError` cases; everything after is a notice.
final class ErrorTests: XCTestCase {
    func testAnUnusableDataDirectoryIsAStorageErrorWordedByTheCore() throws {
        let dir = FileManager.default.temporaryDirectory
            .appendingPathComponent("signalenkaart-swift-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("data")
        try Data("not a directory".utf8).write(to: file)

        do {
            _ = try Core(config: CoreConfig(dataDir: file.path, deviceLanguage: .nl), keys: SwiftKeyWrapper())
            XCTFail("a file as the data directory started a core")
        } catch let error as CoreError {
            guard case .Storage = error else { return XCTFail("expected Storage, got \(error)") }
            XCTAssertTrue(error.description.contains("data directory cannot be used"), error.description)
            XCTAssertFalse(error.description.contains(dir.path), "paths can name the user")
            let shown = error.startFailure(language: .nl)
            XCTAssertEqual(shown.title, "De app kan niet starten")
            XCTAssertEqual(shown.retry, "Opnieuw proberen")
        }
    }

    func testTheSoftwareKeyWrapperInAFileIsAKeyStoreError() throws {
        let file = FileManager.default.temporaryDirectory
            .appendingPathComponent("signalenkaart-swift-\(UUID().uuidString)")
        try Data("x".utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }

        XCTAssertThrowsError(try insecureSoftwareKeyWrapper(dir: file.path)) { error in
            guard case CoreError.KeyStore = error else { return XCTFail("expected KeyStore, got \(error)") }
        }
    }

    func testStaleAndForgedEventsComeBackAsNoticesOnTheSameScreen() throws {
        let shell = try Shell()
        shell.createVault()
        let forged: [Event] = [
            .openCase(caseId: "not-a-uuid"),
            .toggleSignal(caseId: String(repeating: "💥", count: 10_000), signalId: "withdraws"),
            .editNote(noteId: ""),
            .call(contactId: "nobody"),
            .pinDigit(digit: 255),
            .confirm,
        ]
        for event in forged {
            let before = shell.view.screen
            let update = shell.send(event)
            XCTAssertEqual(update.effects, [], "\(event)")
            XCTAssertEqual(update.view.notice?.kind, .error, "\(event)")
            XCTAssertEqual(update.view.screen, before, "\(event) changed the screen")
        }
    }
}

/// The contract's edges from Swift: text and the one-screen rule.
final class ContractEdgeTests: XCTestCase {
    func testHalfAnEmojiFromUTF16ArrivesAsUFFFDAndNothingThrows() throws {
        let shell = try Shell()
        shell.goTo(.settings)
        // UTF-16 with a lone high surrogate, as an input method can leave it: a Swift
        // String cannot hold it, so it is U+FFFD before it crosses.
        let cut = String(decoding: [0x61, 0x62, 0xD83D] as [UInt16], as: UTF16.self)
        let view = shell.send(.edit(field: .coordinatorName, text: cut)).view
        guard case .settings(let settings) = view.screen else { return XCTFail("no settings") }
        XCTAssertEqual(settings.coordinatorName.text, "ab\u{FFFD}")
    }

    func testAnEventFromAnotherScreenIsRefusedAndChangesNothing() throws {
        let shell = try Shell()
        shell.goTo(.about)
        let update = shell.send(.setLanguage(language: .en))
        guard case .about = update.view.screen else { return XCTFail("still About") }
        XCTAssertEqual(update.view.language, .nl, "the language did not change")
        XCTAssertEqual(update.view.notice?.text, "Dit scherm was verouderd; er is niets gewijzigd.")
        XCTAssertEqual(update.effects, [])
    }
}

/// The core from several Swift tasks at once, and under the store.
final class ConcurrencyTests: XCTestCase {
    func testDispatchFromATaskGroupIsSerialisedAndLosesNoTick() async throws {
        let shell = try Shell()
        let signals = try XCTUnwrap(shell.goTo(.signals).view.signals)
        let core: Core = shell.core
        let events = signals.items.map(\.event) + Array(repeating: Event.heartbeat, count: 20)

        let revisions = await withTaskGroup(of: UInt64.self) { group in
            for event in events {
                group.addTask { core.dispatch(event: event).revision }
            }
            var revisions: [UInt64] = []
            for await revision in group {
                revisions.append(revision)
            }
            return revisions
        }

        XCTAssertEqual(Set(revisions).count, events.count, "every update has its own revision")
        let ticked = try XCTUnwrap(shell.view.signals)
        XCTAssertEqual(ticked.count, "11 signalen")
        XCTAssertTrue(ticked.items.allSatisfy(\.checked))
    }

    @MainActor
    func testTheStoreOverTheRealCoreCarriesOutTheDialOnTheMainActor() async throws {
        let shell = try Shell()
        let effects = Effects()
        let store = try Store(core: shell.core, effects: effects)
        let call = try XCTUnwrap(store.view.call)

        store.send(call.event)
        let deadline = Date().addingTimeInterval(5)
        while effects.performed.isEmpty, Date() < deadline {
            try await Task.sleep(nanoseconds: 1_000_000)
        }

        XCTAssertEqual(effects.performed, [.dial(telUri: "tel:+31135498430")])
        XCTAssertTrue(store.isIdle)
    }

    @MainActor
    func testTheFirstUseQuestionThroughTheStoreChoosesWhomTheCallRings() async throws {
        let shell = try Shell()
        let effects = Effects()
        let store = try Store(core: shell.core, effects: effects)
        func settle() async throws {
            let deadline = Date().addingTimeInterval(5)
            while !store.isIdle, Date() < deadline {
                try await Task.sleep(nanoseconds: 1_000_000)
            }
        }
        guard case .home(let home) = store.view.screen, let ask = home.coordinatorQuestion else {
            return XCTFail("a first start asks from the home screen")
        }
        store.send(ask.event)
        try await settle()
        guard case .coordinatorQuestion(let question) = store.view.screen else {
            return XCTFail("the question, got \(store.view.screen)")
        }
        XCTAssertTrue(question.card.contains("013 549 8430"), question.card)
        XCTAssertNotNil(store.view.quickExit, "quick exit stays one tap away")

        store.send(.edit(field: question.ownName.id, text: "Zorgcoördinator regio Utrecht"))
        store.send(.edit(field: question.ownNumber.id, text: "030 12"))
        store.send(question.saveOwn.event)
        try await settle()
        guard case .coordinatorQuestion(let refused) = store.view.screen else {
            return XCTFail("still the question after a wrong number")
        }
        XCTAssertEqual(refused.ownNumber.error, "Dit nummer is te kort: er ontbreken cijfers.")
        XCTAssertEqual(refused.ownNumber.text, "030 12", "the typed number stays")

        store.send(.edit(field: refused.ownNumber.id, text: "030-2345678"))
        store.send(refused.saveOwn.event)
        try await settle()
        guard case .home(let after) = store.view.screen else {
            return XCTFail("home after the answer, got \(store.view.screen)")
        }
        XCTAssertNil(after.coordinatorQuestion, "asked once")
        let call = try XCTUnwrap(store.view.call)
        XCTAssertEqual(call.number, "030 234 5678")
        store.send(call.event)
        try await settle()
        XCTAssertEqual(effects.performed, [.dial(telUri: "tel:+31302345678")])
    }
}

/// A key that fails every call with `failure` while it is set.
private final class FlakyKeys: PlatformKeyWrapper, @unchecked Sendable {
    private let real = SwiftKeyWrapper()
    private let lock = NSLock()
    private var current: (any Error)?

    var failure: (any Error)? {
        get { lock.withLock { current } }
        set { lock.withLock { current = newValue } }
    }

    private func check() throws {
        if let failure { throw failure }
    }

    func wrap(plaintext: Data) throws -> Data { try check(); return try real.wrap(plaintext: plaintext) }
    func unwrap(wrapped: Data) throws -> Data { try check(); return try real.unwrap(wrapped: wrapped) }
    func destroyKey() throws { try check(); try real.destroyKey() }
    func loadAttemptCount() throws -> UInt32? { try check(); return try real.loadAttemptCount() }
    func storeAttemptCount(count: UInt32) throws { try check(); try real.storeAttemptCount(count: count) }
}

/// An error the Swift side did not declare, as a failing platform API throws.
private struct PlatformTrouble: Error, CustomStringConvertible {
    var description: String { "Secure Enclave exploded" }
}

@MainActor
private final class Effects: EffectHandler {
    private(set) var performed: [Effect] = []

    func perform(_ effect: Effect, send: SendEvent) {
        performed.append(effect)
    }
}
