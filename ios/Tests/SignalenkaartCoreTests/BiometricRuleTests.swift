import Foundation
import XCTest
import SignalenkaartCore
import SignalenkaartTestSupport

/// The coercion rule's time cases from Swift, on the Swift clock: a phone restart and
/// the hours since the PIN was typed. (The quick exit, a wrong PIN, a key gone and the
/// prompt's outcomes go through the store: `BiometricUnlockTests`.)
final class BiometricRuleTests: XCTestCase {
    /// A vault with the biometric unlock on, locked, on the unlock pad.
    private func lockedWithBiometrics(_ shell: Shell, hours: UInt32? = nil) throws {
        shell.createVault()
        shell.goTo(.settings)
        shell.send(.setBiometrics(enabled: true))
        let on = try XCTUnwrap(shell.enter(pin).settings?.biometrics, "back on the settings")
        XCTAssertTrue(on.toggle.checked)
        if let hours {
            let option = try XCTUnwrap(on.hours?.options.first { $0.event == .setBiometricHours(hours: hours) })
            XCTAssertEqual(shell.send(option.event).view.settings?.biometrics?.hours?.options
                .first(where: \.selected)?.label, "\(hours) uur")
        }
        shell.send(try XCTUnwrap(shell.view.lock).event)
        XCTAssertNotNil(shell.goTo(.cases).view.pinPad)
    }

    func testAfterThePhoneRestartsOnlyThePinOpensButAnAppRestartAloneKeepsTheBiometric() throws {
        let biometrics = SwiftBiometrics()
        let shell = try Shell(biometrics: biometrics)
        try lockedWithBiometrics(shell)

        try shell.restart()
        let afterApp = try XCTUnwrap(shell.goTo(.cases).view.pinPad)
        XCTAssertNotNil(afterApp.biometric, "the app was killed, the phone kept running")
        XCTAssertNil(afterApp.biometricNote)

        shell.clock.restartPhone()
        try shell.restart()
        let afterPhone = try XCTUnwrap(shell.goTo(.cases).view.pinPad)
        XCTAssertNil(afterPhone.biometric)
        XCTAssertEqual(afterPhone.biometricNote, "Na een herstart van de telefoon opent alleen de pincode de app.")
        XCTAssertNotNil(shell.enter(pin).lock, "the PIN opens it")
        XCTAssertEqual(biometrics.unlockCalls, 0, "no prompt was shown")
    }

    func testAfterTheChosenHoursOnlyThePinOpensAndABiometricUnlockDoesNotRenewThem() throws {
        let biometrics = SwiftBiometrics()
        let shell = try Shell(biometrics: biometrics)
        try lockedWithBiometrics(shell, hours: 4)
        let hour: Int64 = 3_600_000

        shell.clock.advance(4 * hour - 60_000)
        let within = try XCTUnwrap(shell.view.pinPad?.biometric, "a minute before the hours")
        XCTAssertNotNil(shell.send(within.event).view.lock, "the biometric opens it")
        shell.send(try XCTUnwrap(shell.view.lock).event)

        shell.clock.advance(60_000)
        let pad = try XCTUnwrap(shell.goTo(.cases).view.pinPad)
        XCTAssertNil(pad.biometric, "four hours since the PIN was typed, not since the face")
        XCTAssertEqual(pad.biometricNote, "De pincode is langer dan 4 uur geleden getypt: alleen de pincode opent de app.")
        XCTAssertEqual(biometrics.unlockCalls, 1)

        XCTAssertNotNil(shell.enter(pin).lock)
        shell.send(try XCTUnwrap(shell.view.lock).event)
        XCTAssertNotNil(shell.goTo(.cases).view.pinPad?.biometric, "the typed PIN starts the hours again")
    }
}
