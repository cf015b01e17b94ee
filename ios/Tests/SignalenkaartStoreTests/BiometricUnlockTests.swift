import Foundation
import XCTest
import SignalenkaartCore
import SignalenkaartStore
import SignalenkaartTestSupport

private let pin = "246810"

/// Unlocking by fingerprint or face as the app does it: every tap through the store to
/// the real core, the platform's biometric key a Swift fake (`SwiftBiometrics`), the
/// quick exit's `HideApp` closing a prompt on screen. The core decides when the PIN is
/// needed; these tests check that the store carries its answers to the pad.
@MainActor
final class BiometricUnlockTests: XCTestCase {
    func testTurnedOnInTheSettingsAfterThePinTheBiometricOpensTheLockedVault() async throws {
        let phone = try Phone(self)
        try await phone.createVault()
        try await phone.goTo(.settings)
        let off = try XCTUnwrap(phone.view.settings?.biometrics, "the settings offer it")
        XCTAssertFalse(off.toggle.checked, "off by default")
        XCTAssertNil(off.hours, "no hours while it is off")

        try await phone.tap(off.toggle.event)
        XCTAssertEqual(phone.view.title, "Vingerafdruk of gezicht aanzetten")
        XCTAssertNotNil(phone.view.pinPad, "the PIN first")
        XCTAssertEqual(phone.biometrics.enrollCalls, 0, "no prompt before the PIN")
        try await phone.enter(pin)
        XCTAssertEqual(phone.biometrics.enrollCalls, 1)
        let on = try XCTUnwrap(phone.view.settings?.biometrics, "back on the settings")
        XCTAssertTrue(on.toggle.checked)
        XCTAssertEqual(on.hours?.options.first(where: \.selected)?.label, "8 uur")

        try await phone.lockAndShowThePad()
        let pad = try XCTUnwrap(phone.view.pinPad)
        XCTAssertNil(pad.biometricNote)
        let unlock = try XCTUnwrap(pad.biometric, "the pad offers fingerprint or face")
        XCTAssertEqual(unlock.event, .unlockWithBiometrics)
        try await phone.tap(unlock.event)
        XCTAssertNotNil(phone.view.cases, "open on the cases, got \(phone.view.screen)")
        XCTAssertNotNil(phone.view.lock, "the vault is open")
        XCTAssertEqual(phone.biometrics.unlockCalls, 1)
    }

    func testAfterAQuickExitThePadOffersOnlyThePinAndSaysWhy() async throws {
        let phone = try Phone(self)
        try await phone.createVault()
        try await phone.turnOnBiometrics()

        try await phone.tap(try XCTUnwrap(phone.view.quickExit).event)
        let neutral = try XCTUnwrap(phone.view.neutral, "the neutral screen")
        XCTAssertTrue(phone.effects.performed.contains(.hideApp))
        try await phone.tap(neutral.action.event)
        try await phone.goTo(.cases)
        let pad = try XCTUnwrap(phone.view.pinPad)
        XCTAssertNil(pad.biometric, "a forced finger must not open it after a quick exit")
        XCTAssertEqual(pad.biometricNote, "Na snel verlaten opent alleen de pincode de app.")

        try await phone.enter(pin)
        XCTAssertNotNil(phone.view.lock, "the PIN opens it")
        XCTAssertEqual(phone.biometrics.unlockCalls, 0, "no prompt was shown")
        try await phone.lockAndShowThePad()
        XCTAssertNotNil(phone.view.pinPad?.biometric, "once the PIN was typed, it is offered again")
    }

    func testAQuickExitDuringThePromptClosesItAndTheVaultStaysLocked() async throws {
        let phone = try Phone(self)
        try await phone.createVault()
        try await phone.turnOnBiometrics()
        try await phone.lockAndShowThePad()
        let unlock = try XCTUnwrap(phone.view.pinPad?.biometric)
        let exit = try XCTUnwrap(phone.view.quickExit, "quick exit stays on the pad")
        let published = Recorder(phone.store)

        phone.biometrics.holdNextPrompt()
        phone.store.send(unlock.event)
        try await until(seconds: 30) { phone.biometrics.isShowingPrompt }
        phone.store.send(exit.event)
        try await until(seconds: 30) { phone.store.isIdle && !phone.biometrics.isShowingPrompt }
        await published.settle()

        XCTAssertEqual(phone.biometrics.cancelCalls, 1, "HideApp closed the prompt")
        let neutral = try XCTUnwrap(phone.view.neutral, "the neutral screen, got \(phone.view.screen)")
        XCTAssertFalse(published.views.isEmpty)
        XCTAssertTrue(published.views.allSatisfy { $0.lock == nil }, "the vault never opened")
        try await phone.tap(neutral.action.event)
        try await phone.goTo(.cases)
        let pad = try XCTUnwrap(phone.view.pinPad)
        XCTAssertNil(pad.biometric)
        XCTAssertEqual(pad.biometricNote, "Na snel verlaten opent alleen de pincode de app.")
        XCTAssertNil(pad.error, "a cancel says nothing")
    }

    func testAKeyGoneDropsTheBiometricUnlockThePadSaysWhyAndThePinOpens() async throws {
        let phone = try Phone(self)
        try await phone.createVault()
        try await phone.turnOnBiometrics()
        try await phone.lockAndShowThePad()
        let forgotten = phone.biometrics.forgetCalls

        phone.biometrics.failure = .KeyInvalidated
        try await phone.tap(try XCTUnwrap(phone.view.pinPad?.biometric).event)
        let pad = try XCTUnwrap(phone.view.pinPad, "the pad stays")
        XCTAssertNil(pad.biometric, "the button is gone")
        let error = try XCTUnwrap(pad.error, "the pad says why")
        XCTAssertTrue(error.contains("toegevoegd of verwijderd"), error)
        XCTAssertNil(pad.attempts, "not a wrong PIN")
        XCTAssertGreaterThan(phone.biometrics.forgetCalls, forgotten, "the platform's key is deleted")

        phone.biometrics.failure = nil
        try await phone.enter(pin)
        XCTAssertNotNil(phone.view.lock, "the PIN opens it as always")
        try await phone.goTo(.settings)
        let settings = try XCTUnwrap(phone.view.settings?.biometrics)
        XCTAssertFalse(settings.toggle.checked, "off in the settings")
        XCTAssertNil(settings.hours)
        try await phone.lockAndShowThePad()
        XCTAssertNil(phone.view.pinPad?.biometric)
        XCTAssertNil(phone.view.pinPad?.biometricNote, "off: nothing to explain")
        XCTAssertEqual(phone.biometrics.unlockCalls, 1)
    }

    func testACancelledPromptCountsNoWrongPinAndLeavesTheBiometricOffered() async throws {
        let phone = try Phone(self)
        try await phone.createVault()
        try await phone.turnOnBiometrics()
        try await phone.lockAndShowThePad()

        phone.biometrics.failure = .Cancelled
        for _ in 0..<3 {
            try await phone.tap(try XCTUnwrap(phone.view.pinPad?.biometric).event)
            let pad = try XCTUnwrap(phone.view.pinPad, "the pad stays")
            XCTAssertNil(pad.error, "a cancel says nothing")
            XCTAssertNil(pad.attempts, "and counts nothing")
            XCTAssertNil(pad.biometricNote)
        }
        XCTAssertEqual(phone.biometrics.unlockCalls, 3)

        // What a wrong PIN does, for contrast: the biometric is no longer offered.
        try await phone.enter("135790")
        let refused = try XCTUnwrap(phone.view.pinPad)
        XCTAssertNil(refused.biometric)
        XCTAssertEqual(refused.biometricNote, "Na een foute pincode opent alleen de juiste pincode de app.")
        try await phone.enter(pin)
        XCTAssertNotNil(phone.view.lock)
    }

    func testALockOutOrAPlatformFailureIsSaidOnThePadAndTheBiometricStaysOn() async throws {
        let cases: [(BiometricError, String)] = [
            (.LockedOut, "te vaak niet herkend"),
            (.Failed(code: -28), "fout -28"),
        ]
        for (failure, words) in cases {
            let phone = try Phone(self)
            try await phone.createVault()
            try await phone.turnOnBiometrics()
            try await phone.lockAndShowThePad()

            phone.biometrics.failure = failure
            try await phone.tap(try XCTUnwrap(phone.view.pinPad?.biometric).event)
            let pad = try XCTUnwrap(phone.view.pinPad, "\(failure): the pad stays")
            let error = try XCTUnwrap(pad.error, "\(failure): said on the pad")
            XCTAssertTrue(error.contains(words), "\(failure): \(error)")
            XCTAssertNil(pad.attempts, "\(failure): not a wrong PIN")
            let again = try XCTUnwrap(pad.biometric, "\(failure): still offered")

            phone.biometrics.failure = nil
            try await phone.tap(again.event)
            XCTAssertNotNil(phone.view.lock, "\(failure): opens once the platform works")
        }
    }

    func testTheDiscreetPromptNamesNoApp() async throws {
        let phone = try Phone(self)
        try await phone.createVault()
        try await phone.turnOnBiometrics()
        let plain = try XCTUnwrap(phone.biometrics.prompts.last, "the turn-on prompt")
        XCTAssertTrue(plain.title.contains("Signalenkaart"), "outside discreet mode: \(plain.title)")
        XCTAssertEqual(plain.usePin, "Pincode gebruiken")

        try await phone.goTo(.settings)
        try await phone.tap(try XCTUnwrap(phone.view.settings?.discreet).event)
        XCTAssertTrue(phone.view.discreet)
        try await phone.lockAndShowThePad()
        try await phone.tap(try XCTUnwrap(phone.view.pinPad?.biometric).event)

        XCTAssertNotNil(phone.view.lock, "it opened")
        let discreet = try XCTUnwrap(phone.biometrics.prompts.last)
        XCTAssertEqual(phone.biometrics.prompts.count, 2)
        for text in [discreet.title, discreet.subtitle, discreet.usePin] {
            XCTAssertFalse(text.lowercased().contains("signalenkaart"), text)
        }
    }

    func testTurningItOffDeletesThePlatformsKeyAndThePadOffersNoBiometric() async throws {
        let phone = try Phone(self)
        try await phone.createVault()
        try await phone.turnOnBiometrics()
        let forgotten = phone.biometrics.forgetCalls

        let on = try XCTUnwrap(phone.view.settings?.biometrics)
        XCTAssertEqual(on.toggle.event, .setBiometrics(enabled: false))
        try await phone.tap(on.toggle.event)
        XCTAssertEqual(phone.view.settings?.biometrics?.toggle.checked, false)
        XCTAssertGreaterThan(phone.biometrics.forgetCalls, forgotten)

        try await phone.lockAndShowThePad()
        XCTAssertNil(phone.view.pinPad?.biometric)
        XCTAssertEqual(phone.biometrics.unlockCalls, 0)
    }
}

/// A phone as the app makes it: the real core through its phone constructor (the system
/// clock), the Swift key wrapper and biometric key, the store over it, and the effect
/// handler closing a prompt on `HideApp` as the app's does. A fresh data directory,
/// removed after the test.
@MainActor
private final class Phone {
    let biometrics = SwiftBiometrics()
    let effects = RecordingEffects()
    let store: Store

    init(_ test: XCTestCase) throws {
        let dir = FileManager.default.temporaryDirectory
            .appendingPathComponent("signalenkaart-swift-\(UUID().uuidString)")
        test.addTeardownBlock { try? FileManager.default.removeItem(at: dir) }
        let config = CoreConfig(dataDir: dir.appendingPathComponent("data").path, deviceLanguage: .nl)
        let core = try Core(config: config, keys: SwiftKeyWrapper(), biometrics: biometrics)
        store = try Store(core: core, effects: effects)
        effects.onHideApp = { [biometrics] in biometrics.cancel() }
    }

    var view: ViewModel { store.view }

    /// Sends `event` as a tap does and waits until every update was applied (a PIN runs
    /// Argon2id in a debug build: a generous limit).
    func tap(_ event: Event, file: StaticString = #filePath, line: UInt = #line) async throws {
        store.send(event)
        try await until(seconds: 60, file: file, line: line) { store.isIdle }
    }

    /// Opens `destination` from the home screen, as a user does.
    func goTo(_ destination: Destination) async throws {
        if case .home = view.screen {} else { try await tap(.openHome) }
        try await tap(.open(destination: destination))
    }

    /// Types `digits` with the pad's keys, then confirms.
    func enter(_ digits: String, file: StaticString = #filePath, line: UInt = #line) async throws {
        let pad = try XCTUnwrap(view.pinPad, "no PIN pad on \(view.screen)", file: file, line: line)
        for digit in digits {
            let key = try XCTUnwrap(pad.keys.first { $0.label == String(digit) }, file: file, line: line)
            store.send(key.event)
        }
        try await tap(.pinSubmit, file: file, line: line)
    }

    /// Chooses the PIN and repeats it: the vault exists and is open.
    func createVault(file: StaticString = #filePath, line: UInt = #line) async throws {
        try await tap(.open(destination: .cases))
        try await enter(pin, file: file, line: line)
        try await enter(pin, file: file, line: line)
        XCTAssertNotNil(view.lock, "vault not created: \(view.screen)", file: file, line: line)
    }

    /// The settings' switch, then the PIN: on, back on the settings.
    func turnOnBiometrics(file: StaticString = #filePath, line: UInt = #line) async throws {
        try await goTo(.settings)
        let toggle = try XCTUnwrap(view.settings?.biometrics?.toggle, file: file, line: line)
        try await tap(toggle.event)
        try await enter(pin, file: file, line: line)
        XCTAssertEqual(view.settings?.biometrics?.toggle.checked, true, file: file, line: line)
    }

    /// Locks with the bar's button and opens the cases: the unlock pad.
    func lockAndShowThePad(file: StaticString = #filePath, line: UInt = #line) async throws {
        try await tap(try XCTUnwrap(view.lock, "not open", file: file, line: line).event)
        try await goTo(.cases)
        XCTAssertNotNil(view.pinPad, "no pad: \(view.screen)", file: file, line: line)
    }
}
